"""factory_boy factories, one module per area: what the tests build and the demo seed is made of."""
