"""The extraction layers, one subpackage each; the stage (Document -> Document) is in its __init__.

entities/     actors: names, people, groups, coreference, country and sector codes
places/       toponyms resolved to GeoNames places: id, coordinates, country, admin1
timexes/      time expressions and their TIMEX3 values
quantities/   amounts, counts and the one reader of number words
quotes/       who said what: quotation marks, cues, speakers
events/       CAMEO and PLOVER events with their arguments, modality, place and date
main_event/   the article's main event as 5W1H answers
"""
