"""dbcloud_core: the hand-written runtime under every generated dbcloud client."""
