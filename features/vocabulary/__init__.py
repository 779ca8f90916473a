"""Word lists the extractors match against: data, not code, so a newsroom can extend them.

Each module holds one vocabulary and says where its entries come from.
"""
