"""People: persons and their register list, units, life events, children, the timeline and the recycle bin."""
