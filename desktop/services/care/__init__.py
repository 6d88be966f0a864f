"""Care records of a woman: pregnancies and births, contraception, check-ups, services given, benefits and payments."""
