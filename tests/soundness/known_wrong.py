"""What today's translations get wrong, per (case, target): each such cell of the soundness and
coverage suites is ``xfail(strict=True)`` with this reason (the first input on which the translation
differs from its source, or why it does not build), so a fix makes it pass and the entry must go.
The to-do list of the rule engine, kept in one place so it reads as one."""

from __future__ import annotations

WRONG: dict[tuple[str, str], str] = {
    ("cpp_llround", "java"): "differs: rounded(-2.5) [x=-2.5 (negative half)]: expected -3, got -2",
    ("cpp_narrowing_cast", "java"): "differs: low_byte(-1) [x=-1]: expected 254, got 131070",
    ("cpp_narrowing_cast", "python"): "differs: low_byte(-1) [x=-1]: expected 254, got -2",
    (
        "cpp_pair_return",
        "java",
    ): "does not build: error: incompatible types: cannot infer type arguments for ArrayList<>",
    (
        "cpp_push_back_copy",
        "java",
    ): "differs: rows([]) [every parameter at its first special value]: expected [[],[7]], got [[7],[7]]",
    (
        "cpp_push_back_copy",
        "python",
    ): "differs: rows([]) [every parameter at its first special value]: expected [[],[7]], got [[7],[7]]",
    ("cpp_reference_out", "java"): "differs: bump_all([-1]) [v=[-1] (one element)]: expected [0], got [-1]",
    ("cpp_reference_out", "python"): "differs: bump_all([-1]) [v=[-1] (one element)]: expected [0], got [-1]",
    ("cpp_shadowing", "python"): "differs: shadow(-1) [x=-1]: expected -4, got -5",
    (
        "cpp_substr_clamps",
        "java",
    ): "differs: prefix('abbbbab', 8) [n=8, longer than its array]: expected abbbbab, got nothing (raised StringIndexOutOfBoundsException)",
    ("cpp_switch", "java"): "does not build: error: unreachable statement",
    (
        "cpp_uint32_t",
        "java",
    ): "differs: rotl(4294967295) [x=4294967295 (uint32 max)]: expected 4294967295, got -1",
    (
        "cpp_uint32_t",
        "python",
    ): "differs: rotl(4294967295) [x=4294967295 (uint32 max)]: expected 4294967295, got 137438953471",
    ("cpp_unordered_map", "java"): "does not build: error: unexpected type",
    (
        "cpp_unsigned_hash",
        "java",
    ): "differs: hash32(4294967295) [x=4294967295 (uint32 max)]: expected 2177402446, got -2117564850",
    (
        "cpp_unsigned_hash",
        "python",
    ): "differs: hash32(4294967295) [x=4294967295 (uint32 max)]: expected 2177402446, got 11400714780710307406",
    (
        "java_abs_min",
        "cpp",
    ): "differs: magnitude(-2147483648) [x=-2147483648 (int32 min)]: expected -2147483648, got nothing (crashed exit 1)",
    (
        "java_abs_min",
        "python",
    ): "differs: magnitude(-2147483648) [x=-2147483648 (int32 min)]: expected -2147483648, got 2147483648",
    ("java_assignment_in_argument", "cpp"): "differs: larger(-1) [x=-1]: expected -1, got 1",
    (
        "java_double_remainder",
        "python",
    ): "differs: wrap(0.0, 0.0) [every parameter at its first special value]: expected NaN, got nothing (raised ValueError)",
    (
        "java_double_to_int",
        "cpp",
    ): "differs: truncate(1e+18) [d=1e+18 (beyond 64-bit integers' exactness)]: expected 2147483647, got nothing (crashed exit 1)",
    (
        "java_double_to_int",
        "python",
    ): "differs: truncate(1e+18) [d=1e+18 (beyond 64-bit integers' exactness)]: expected 2147483647, got 1000000000000000000",
    (
        "java_index_side_effect",
        "cpp",
    ): "differs: shift([2147483647, 2147483647]) [a=[2147483647, 2147483647] (sum overflows)]: expected 41, got nothing (crashed exit 1)",
    (
        "java_index_side_effect",
        "python",
    ): "differs: shift([2147483647, 2147483647]) [a=[2147483647, 2147483647] (sum overflows)]: expected 41, got 21474836521",
    (
        "java_int_wraparound",
        "cpp",
    ): "differs: mix(2147483647) [x=2147483647 (int32 max)]: expected 2147483624, got nothing (crashed exit 1)",
    (
        "java_int_wraparound",
        "python",
    ): "differs: mix(2147483647) [x=2147483647 (int32 max)]: expected 2147483624, got 66571993064",
    (
        "java_long_arith",
        "cpp",
    ): "differs: square(9223372036854775807) [x=9223372036854775807 (int64 max)]: expected 2, got nothing (crashed exit 1)",
    (
        "java_long_arith",
        "python",
    ): "differs: square(9223372036854775807) [x=9223372036854775807 (int64 max)]: expected 2, got 85070591730234615847396907784232501250",
    (
        "java_long_product",
        "cpp",
    ): "differs: products(2147483647, 18) [a=2147483647 (int32 max)]: expected 38654705664, got nothing (crashed exit 1)",
    (
        "java_long_product",
        "python",
    ): "differs: products(2147483647, 18) [a=2147483647 (int32 max)]: expected 38654705664, got 0",
    ("java_loop_variable_scope", "cpp"): "differs: findIndex([], 9) [a=[] (empty)]: expected 0, got 9",
    ("java_math_round", "cpp"): "differs: rounded(-2.5) [x=-2.5 (negative half)]: expected -2, got -3",
    ("java_math_round", "python"): "differs: rounded(-2.5) [x=-2.5 (negative half)]: expected -2, got -3",
    (
        "java_n_is_a_threshold",
        "cpp",
    ): "differs: countAbove([32, 5, 33], 0) [n=0, shorter than its array]: expected 3, got 0",
    ("java_narrowing_casts", "cpp"): "differs: narrow(-1) [x=-1]: expected 65533, got -3",
    (
        "java_narrowing_casts",
        "python",
    ): "differs: narrow(-1) [x=-1]: expected 65533, got nothing (raised ValueError)",
    (
        "java_post_pre_increment",
        "cpp",
    ): "differs: both(2147483647) [x=2147483647 (int32 max)]: expected -2147483647, got nothing (crashed exit 1)",
    (
        "java_size_is_a_value",
        "cpp",
    ): "differs: clampAll([32, 5, 33], 2) [size=2, shorter than its array]: expected 6, got 4",
    ("java_switch_string", "cpp"): "does not build: error: switch quantity not an integer",
    ("py_keyword_only", "cpp"): "refused without location: rules engine: unsupported Python parameter '*'",
    ("py_keyword_only", "java"): "refused without location: rules engine: unsupported Python parameter '*'",
    (
        "py_math",
        "cpp",
    ): "differs: geometry(-2147483648, 18) [a=-2147483648 (int32 min)]: expected 1286, got nothing (crashed exit 1)",
    (
        "py_math",
        "java",
    ): "differs: geometry(-2147483648, 18) [a=-2147483648 (int32 min)]: expected 1286, got -1206",
    (
        "py_nested_function",
        "cpp",
    ): "differs: digit_sum(-2147483648) [n=-2147483648 (int32 min)]: expected 29, got nothing (crashed exit 1)",
    (
        "py_nested_function",
        "java",
    ): "differs: digit_sum(-2147483648) [n=-2147483648 (int32 min)]: expected 29, got nothing (raised StackOverflowError)",
    ("py_star_args", "cpp"): "refused without location: rules engine: unsupported Python parameter '*values'",
    (
        "py_star_args",
        "java",
    ): "refused without location: rules engine: unsupported Python parameter '*values'",
    (
        "python_closure",
        "cpp",
    ): "differs: adder(2147483647) [k=2147483647 (int32 max)]: expected 6442450951, got nothing (crashed exit 1)",
    (
        "python_closure",
        "java",
    ): "differs: adder(2147483647) [k=2147483647 (int32 max)]: expected 6442450951, got -2147483641",
    (
        "python_comprehension_scope",
        "cpp",
    ): "differs: squares(2147483647) [x=2147483647 (int32 max)]: expected 2147483661, got -2147483635",
    (
        "python_comprehension_scope",
        "java",
    ): "differs: squares(2147483647) [x=2147483647 (int32 max)]: expected 2147483661, got -2147483635",
    (
        "python_default_argument",
        "cpp",
    ): "differs: scale(2147483647, 18) [x=2147483647 (int32 max)]: expected 38654705646, got -18",
    (
        "python_default_argument",
        "java",
    ): "differs: scale(2147483647, 18) [x=2147483647 (int32 max)]: expected 38654705646, got -18",
    ("python_float_modulo", "cpp"): "differs: wrap(-1.0, 26.8) [a=-1.0]: expected 25.8, got -1",
    ("python_float_modulo", "java"): "differs: wrap(-1.0, 26.8) [a=-1.0]: expected 25.8, got -1.0",
    (
        "python_list_alias",
        "cpp",
    ): "differs: aliased([]) [every parameter at its first special value]: expected [9], got nothing (crashed signal 6)",
    (
        "python_list_alias",
        "java",
    ): "does not build: error: incompatible types: int[] cannot be converted to List<Integer>",
    (
        "python_loop_rebinds_parameter",
        "cpp",
    ): "differs: rebind(2147483647) [x=2147483647 (int32 max)]: expected 2147483652, got nothing (crashed exit 1)",
    (
        "python_loop_rebinds_parameter",
        "java",
    ): "differs: rebind(2147483647) [x=2147483647 (int32 max)]: expected 2147483652, got -2147483644",
    (
        "python_loop_variable_after_loop",
        "cpp",
    ): "differs: first_space('a') [s='a' (one character)]: expected 0, got -1",
    (
        "python_loop_variable_after_loop",
        "java",
    ): "differs: first_space('a') [s='a' (one character)]: expected 0, got -1",
    (
        "python_n_is_a_threshold",
        "cpp",
    ): "differs: count_above([32, 5, 33], 0) [n=0, shorter than its array]: expected 3, got 0",
    (
        "python_pop_order",
        "cpp",
    ): "does not build: error: invalid operands of types ‘void’ and ‘void’ to binary ‘operator-’",
    ("python_pop_order", "java"): "does not build: error: cannot find symbol",
    ("python_round_half_even", "cpp"): "differs: rounded(0.5) [x=0.5 (rounds to even)]: expected 0, got 1",
    ("python_round_half_even", "java"): "differs: rounded(0.5) [x=0.5 (rounds to even)]: expected 0, got 1",
    (
        "python_set_equality",
        "java",
    ): "differs: same_elements([], []) [every parameter at its first special value]: expected 1, got 0",
    (
        "python_slice_clamps",
        "cpp",
    ): "differs: head('', 0) [every parameter at its first special value]: expected |, got nothing (crashed signal 6)",
    (
        "python_slice_clamps",
        "java",
    ): "differs: head('', 0) [every parameter at its first special value]: expected |, got nothing (raised StringIndexOutOfBoundsException)",
    (
        "python_sum_overflow",
        "cpp",
    ): "differs: total([2147483647, 2147483647]) [values=[2147483647, 2147483647] (sum overflows)]: expected 4294967294, got nothing (crashed exit 1)",
    (
        "python_sum_overflow",
        "java",
    ): "differs: total([2147483647, 2147483647]) [values=[2147483647, 2147483647] (sum overflows)]: expected 4294967294, got -2",
    (
        "python_take",
        "cpp",
    ): "differs: take([32, 5, 33], 4) [n=4, longer than its array]: expected [32,5,33], got [32,5,33,2]",
    (
        "python_take",
        "java",
    ): "does not build: error: incompatible types: List<Integer> cannot be converted to int[]",
    (
        "python_unbounded",
        "cpp",
    ): "differs: cube(2147483647) [x=2147483647 (int32 max)]: expected 9903520300447984150353281023, got 2147483647",
    (
        "python_unbounded",
        "java",
    ): "differs: cube(2147483647) [x=2147483647 (int32 max)]: expected 9903520300447984150353281023, got 2147483647",
}

# Cells that agree with their source on the boundary inputs but not on inputs Hypothesis draws
# (test_properties.py): left out of that test, and on the same to-do list.
WRONG_ON_DRAWN_INPUTS: dict[tuple[str, str], str] = {
    (
        "java_remainder_negative",
        "cpp",
    ): "differs: remainders(67108863, -1136583472): expected 1614878951, got "
    "nothing (crashed exit 1): (a % b) * 1000 overflows, which Java wraps and C++ leaves undefined",
}
