"""Plain value types shared by the layers: drafts that forms save, stored records, query and result rows."""
