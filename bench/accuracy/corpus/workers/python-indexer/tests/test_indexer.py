import pytest


@pytest.mark.vcr
def test_describe_chunk():
    from indexer import describe

    assert describe("hello") == "A greeting."
