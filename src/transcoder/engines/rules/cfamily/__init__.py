"""What the C++ and Java front and back ends share (C-style statements, operators, scopes)."""
