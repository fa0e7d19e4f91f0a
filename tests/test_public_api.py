import newsevents


def test_all_is_sorted_and_importable() -> None:
    assert list(newsevents.__all__) == sorted(newsevents.__all__)
    for name in newsevents.__all__:
        assert hasattr(newsevents, name), name
