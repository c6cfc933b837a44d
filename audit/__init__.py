"""The public site checked by Lighthouse, the Nu HTML validator and axe (`make audit`)."""
