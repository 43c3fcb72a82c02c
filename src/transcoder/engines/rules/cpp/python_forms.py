"""How the Python front end lowers for C++ (see ``python.frontend.forms``).

C++ receives arrays as C arrays (``int arr[]``, which do not know their length; a pinned
``char s[]`` is a C string), its containers' removals return nothing, its maps iterate over
(key, value) entries and cannot search their values, and ``std::count`` counts a character in a
string.
"""

from transcoder.engines.rules.python.frontend.forms import TargetForms

FORMS = TargetForms(
    arrays_know_length=False,
    char_arrays_are_c_strings=True,
    pops_return_value=False,
    maps_iterate_keys=False,
    maps_search_values=False,
    counts_chars_in_strings=True,
)
