"""Small helpers shared by the three language packages: node text, locations, type spelling, and the
pieces of TransCoder tokenization that do not depend on the language (literal markers, gluing)."""

from __future__ import annotations

import functools
import re
import sys
import threading
import unicodedata
import warnings
from collections.abc import Sequence

import tree_sitter

from transcoder.errors import SourceLocation, SyntaxErrorInSource

_TYPE_TOKEN = re.compile(r"[A-Za-z_0-9$]+|::|\.\.\.|\S")


def node_text(node: tree_sitter.Node) -> str:
    """The source text of ``node`` (tree-sitter keeps the bytes, so this never re-slices the file)."""
    return node.text.decode("utf-8", "replace") if node.text is not None else ""


def location_of(source: bytes, byte_offset: int, point: tree_sitter.Point) -> SourceLocation:
    """1-based line and character (not byte) column of a node starting at ``byte_offset``/``point``."""
    row, byte_column = point
    line_prefix = source[byte_offset - byte_column : byte_offset]
    return SourceLocation(row + 1, len(line_prefix.decode("utf-8", "replace")) + 1)


def required(node: tree_sitter.Node, field: str) -> tree_sitter.Node:
    """The child of ``node`` in ``field``, which the grammar requires there: a parse that lacks it
    (only a malformed source does) is refused as a syntax error naming its line and column, rather
    than failing later on ``None``."""
    child = node.child_by_field_name(field)
    if child is None:
        raise SyntaxErrorInSource(
            f"syntax error: {node.type.replace('_', ' ')} without its {field}", node_location(node)
        )
    return child


def parent_of(node: tree_sitter.Node) -> tree_sitter.Node:
    """The node that holds ``node``, which a statement or declaration always has (only the root
    lacks one: reaching it means the tree is not the shape its grammar gives)."""
    parent = node.parent
    if parent is None:
        raise SyntaxErrorInSource(
            f"syntax error: {node.type.replace('_', ' ')} outside any block", node_location(node)
        )
    return parent


def node_location(node: tree_sitter.Node) -> SourceLocation:
    """1-based line and character column of ``node``, read from the tree alone (a node does not
    know its source; the root's text holds every line from the root's first token on)."""
    root = node
    while root.parent is not None:
        root = root.parent
    row, byte_column = node.start_point
    line_start = node.start_byte - byte_column
    text = root.text or b""
    # bytes of the line before the root's first token are indentation: one column each
    before_root = max(0, root.start_byte - line_start)
    prefix = text[max(0, line_start - root.start_byte) : node.start_byte - root.start_byte]
    return SourceLocation(row + 1, before_root + len(prefix.decode("utf-8", "replace")) + 1)


def normalize_type(text: str) -> str:
    """A type as written, with whitespace made canonical: one space between two words, a space after
    each comma, none around punctuation. ``vector < int > &`` and ``vector<int>&`` both give
    ``vector<int>&``; ``unsigned  long`` gives ``unsigned long``; ``map<int,int>`` gives ``map<int, int>``.
    """
    tokens = _TYPE_TOKEN.findall(text)
    pieces: list[str] = []
    previous = ""
    for token in tokens:
        if pieces and ((_is_word(previous) and _is_word(token)) or previous == ","):
            pieces.append(" ")
        pieces.append(token)
        previous = token
    return "".join(pieces)


def _is_word(token: str) -> bool:
    return token[:1].isalnum() or token[:1] in "_$"


def child_by_type(node: tree_sitter.Node, *types: str) -> tree_sitter.Node | None:
    """The first named child of ``node`` whose type is one of ``types``."""
    for child in node.named_children:
        if child.type in types:
            return child
    return None


# -- literals inside TransCoder tokens -------------------------------------------------------------
# TransCoder keeps a string or char literal as one token and writes the whitespace inside it as
# markers, so that a token never holds whitespace and sequences can be joined with single spaces.
SPACE_MARKER = "▁"  # U+2581, as in TransCoder (and SentencePiece)
NEWLINE_MARKER = "STRNEWLINE"
TAB_MARKER = "TABSYMBOL"
NEW_LINE = "NEW_LINE"


def escape_literal(text: str) -> str:
    """The token for a literal's source text: spaces as ``▁``, newlines as ``STRNEWLINE``, tabs as
    ``TABSYMBOL`` (TransCoder's markers). Any other whitespace character (rare: form feed, no-break
    space) becomes an escape sequence valid in C++, Java and Python literals (``\\013``, ``\\u00a0``),
    which keeps the literal's value except inside raw strings."""
    text = text.replace(" ", SPACE_MARKER).replace("\n", NEWLINE_MARKER).replace("\t", TAB_MARKER)
    if any(character.isspace() for character in text):
        text = "".join(_escape_space(character) if character.isspace() else character for character in text)
    return text


def _escape_space(character: str) -> str:
    code = ord(character)
    return f"\\{code:03o}" if code < 256 else f"\\u{code:04x}"


def unescape_literal(token: str) -> str:
    """Inverse of ``escape_literal`` for the three TransCoder markers."""
    return token.replace(NEWLINE_MARKER, "\n").replace(TAB_MARKER, "\t").replace(SPACE_MARKER, " ")


def is_literal_token(token: str) -> bool:
    """String and char literal tokens are the only ones holding a quote (C++ digit separators aside,
    which hold no marker, so unescaping them is harmless)."""
    return '"' in token or "'" in token


# -- gluing tokens without a space ----------------------------------------------------------------
_OPERATOR_CHARACTERS = frozenset("+-*/%=<>!&|^~?:.@#\\")


def is_word_character(character: str) -> bool:
    return character.isalnum() or character in "_$" or ord(character) > 127


def can_glue(left: str, right: str) -> bool:
    """Whether ``left`` and ``right`` can be written with no space between them and still lex as two
    tokens: not two words (``int x``), not two operators (``- -x``, ``> >=``), not a number next to a
    dot (``1 .real``), not a quote right after a word (``u8 "x"`` would become a prefix)."""
    if not left or not right:
        return True
    last, first = left[-1], right[0]
    if is_word_character(last) and (is_word_character(first) or first in "\"'"):
        return False
    if last in _OPERATOR_CHARACTERS and first in _OPERATOR_CHARACTERS:
        return False
    if first == "." and left[0].isdigit():
        return False
    return not (last == "." and first.isdigit())


def glue_blockers(operators: tuple[str, ...]) -> frozenset[str]:
    """Every pair of adjacent characters inside a multi-character operator (and the comment openers):
    two tokens whose touching characters form such a pair could lex as a different token."""
    pairs = {"//", "/*"}
    for operator in operators:
        pairs.update(operator[index : index + 2] for index in range(len(operator) - 1))
    return frozenset(pairs)


def can_glue_operators(left: str, right: str, blockers: frozenset[str]) -> bool:
    """``can_glue`` refined for one language: two operator characters may touch when no operator of
    the language holds them side by side (``**`` is fine in C++, not in Python)."""
    if not left or not right:
        return True
    last, first = left[-1], right[0]
    if last in _OPERATOR_CHARACTERS and first in _OPERATOR_CHARACTERS:
        return last + first not in blockers
    return can_glue(left, right)


# -- the C-family tokenizer and layout shared by C++ and Java ------------------------------------
# A record is one token with what the layout needs to know about it: (token, node type, parent node
# type, whether the node is its parent's first child). The layout decides newlines and spaces from
# the tree-sitter parse of the tokens, so that unary minus, template brackets and block braces are
# told apart from their look-alikes by the grammar rather than guessed from neighbouring tokens.
Record = tuple[str, str, str, bool]
_NEW_LINE_RECORD: Record = (NEW_LINE, NEW_LINE, "", False)
# A small lexer for text tree-sitter leaves unsplit (C++ macro bodies): literals, pp-numbers, words,
# the longest operators first, then any other single character.
_C_LEXEME = re.compile(
    r"""(?:u8|[uUL])?R"(?P<delimiter>[^()\\\s]{0,16})\(.*?\)(?P=delimiter)"
    |(?:u8|[uUL])?"(?:\\.|[^"\\\n])*"?
    |(?:u8|[uUL])?'(?:\\.|[^'\\\n])*'?
    |\.?\d(?:[eEpP][+-]|['\w.])*
    |[^\W\d]\w*
    |>>>=|<<=|>>=|<=>|->\*|\.\.\.|>>>|->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||::|\#\#
    |[-+*/%&|^!=<>]=
    |\S""",
    re.VERBOSE | re.DOTALL,
)


def _lexed_records(text: bytes, node_type: str, parent: str) -> list[Record]:
    """Records for the pieces of one leaf; the first piece is marked first (a macro body's start)."""
    pieces = lex_c_text(text.decode("utf-8", "replace"))
    return [
        (escape_literal(piece) if is_literal_token(piece) else piece, node_type, parent, index == 0)
        for index, piece in enumerate(pieces)
    ]


def lex_c_text(text: str) -> list[str]:
    """C-like tokens of ``text`` (for C++ macro bodies, which tree-sitter keeps as one leaf)."""
    return [match.group(0) for match in _C_LEXEME.finditer(text.replace("\\\n", " "))]


class CurlyGrammar:
    """What the shared C-family tokenizer and layout must know about one tree-sitter grammar."""

    def __init__(
        self,
        *,
        language: tree_sitter.Language,
        literal_types: frozenset[str],
        comment_types: frozenset[str],
        lexed_types: frozenset[str],
        block_brace_parents: frozenset[str],
        open_body_parents: frozenset[str],
        template_parents: frozenset[str],
        prefix_operator_parents: frozenset[str],
        declarator_parents: frozenset[str],
        label_colon_parents: frozenset[str],
        spaced_arrow_parents: frozenset[str],
        operators: tuple[str, ...],
        control_keywords: frozenset[str],
        signed_number_literals: bool = False,
        line_ending_template_lists: frozenset[str] = frozenset(),
        indent: str = "    ",
    ) -> None:
        self.language = language
        self._local = threading.local()  # a tree-sitter parser must not be shared between threads
        self.literal_types = literal_types  # nodes kept whole as one token (strings, chars)
        self.comment_types = comment_types  # dropped
        self.lexed_types = lexed_types  # leaves whose text is split further (C++ macro bodies)
        self.block_brace_parents = block_brace_parents  # a "{" under these opens an indented block
        self.open_body_parents = open_body_parents  # a block whose "}" may be followed on its line
        self.template_parents = template_parents  # "<" and ">" under these are brackets, not operators
        self.prefix_operator_parents = prefix_operator_parents  # first-child operators here are unary
        self.declarator_parents = declarator_parents  # "*" / "&" here bind to the type: ``int* p``
        self.label_colon_parents = label_colon_parents  # ":" here ends a label: ``case 1:``
        self.spaced_arrow_parents = spaced_arrow_parents  # "->" here is spaced (lambdas), else tight
        self.glue_blockers = glue_blockers(operators)
        self.control_keywords = control_keywords  # keywords written with a space before "("
        self.signed_number_literals = signed_number_literals  # the grammar reads ``-1`` as one literal
        self.line_ending_template_lists = line_ending_template_lists  # ``template <...>`` ends a line
        self.indent = indent
        kind_count = language.node_kind_count
        self._kind_names = [language.node_kind_for_id(kind) or "" for kind in range(kind_count)]

        def kinds(names: frozenset[str]) -> frozenset[int]:
            return frozenset(kind for kind, name in enumerate(self._kind_names) if name in names)

        self._literal_kinds = kinds(literal_types)
        self._comment_kinds = kinds(comment_types)
        self._lexed_kinds = kinds(lexed_types)
        self._directive_kinds = frozenset(
            kind
            for kind, name in enumerate(self._kind_names)
            if name.startswith("#") or name == "preproc_directive"
        )

    def parser(self) -> tree_sitter.Parser:
        parser = getattr(self._local, "parser", None)
        if parser is None:
            parser = self._local.parser = tree_sitter.Parser(self.language)
        return parser

    # -- tokens ---------------------------------------------------------------------------------
    def records(self, code: str) -> list[Record]:
        """Tokens of ``code`` with their grammar context; comments dropped, literals escaped, and a
        NEW_LINE after each preprocessor directive (the only line break that carries meaning)."""
        # Hot loop (the neural engine tokenizes whole corpora): node kinds are compared as integer
        # ids, and names are looked up in a table.
        source = code.replace("\r", "").encode("utf-8")
        cursor = self.parser().parse(source).walk()
        names, literal_kinds, comment_kinds = self._kind_names, self._literal_kinds, self._comment_kinds
        lexed_kinds, directive_kinds = self._lexed_kinds, self._directive_kinds
        known = len(names)
        records: list[Record] = []
        parents: list[str] = [""]
        first = True
        directive_end_row = -1  # last row of the preprocessor directive being read; -1 outside one
        covered = 0  # source bytes up to here belong to leaves already read
        while True:
            node = cursor.node
            if node is None:  # a cursor made from a tree always stands on a node
                return records
            kind = node.kind_id
            is_literal = kind in literal_kinds
            if is_literal or not cursor.goto_first_child():
                start, end = node.byte_range
                if start > covered and not source[covered:start].isspace():
                    # Text no leaf covers: tree-sitter-cpp hides the ``0`` of ``= 0`` when it reads
                    # ``f(i, j) = 0;`` as a pure virtual declaration. Lex it rather than lose it.
                    records.extend(_lexed_records(source[covered:start], "", parents[-1]))
                if end > covered:
                    covered = end
                if end > start and kind not in comment_kinds:
                    if directive_end_row >= 0 and node.start_point[0] > directive_end_row:
                        records.append(_NEW_LINE_RECORD)
                        directive_end_row = -1
                    text = source[start:end].decode("utf-8", "replace")
                    if is_literal:
                        node_type = node.type
                        if node_type == "system_lib_string":
                            text = "".join(
                                text.split()
                            )  # ``< vector >`` names <vector>; no quote to escape in
                        records.append((escape_literal(text), node_type, parents[-1], first))
                    elif text.isspace():
                        # The line break that ends a directive is a leaf in some grammar versions.
                        if directive_end_row >= 0 and "\n" in text:
                            records.append(_NEW_LINE_RECORD)
                            directive_end_row = -1
                    elif kind in lexed_kinds or " " in text or not text.isprintable():
                        records.extend(_lexed_records(source[start:end], node.type, parents[-1]))
                    else:
                        records.append((text, names[kind] if kind < known else node.type, parents[-1], first))
                    if directive_end_row >= 0 or kind in directive_kinds:
                        directive_end_row = max(directive_end_row, node.end_point[0])
            else:
                parents.append(names[kind] if kind < known else node.type)  # ERROR's id is 65535
                first = True
                continue
            while not cursor.goto_next_sibling():
                if not cursor.goto_parent():
                    if directive_end_row >= 0:
                        records.append(_NEW_LINE_RECORD)
                    return records
                parents.pop()
            first = False

    def tokenize(self, code: str) -> list[str]:
        return [record[0] for record in self.records(code)]

    # -- layout ---------------------------------------------------------------------------------
    def detokenize(self, tokens: Sequence[str]) -> str:
        """Readable code for ``tokens``: one statement a line, blocks indented, operators spaced.

        The tokens are parsed (joined by spaces) so the layout can use the grammar; the result is
        re-tokenized, and if that does not give the same tokens (possible for broken model output),
        a layout that needs no parse is tried, and last the tokens joined by spaces."""
        tokens = list(tokens)
        plain = join_plainly(tokens, glued=_macro_parameter_lists(tokens))
        records = self.records(plain)
        if [record[0] for record in records] == tokens:
            text = self.layout(records)
            if self.tokenize(text) == tokens:
                return text
        text = self.layout([(token, "", "", False) for token in tokens])
        if self.tokenize(text) == tokens:
            return text
        return plain

    def layout(self, records: Sequence[Record]) -> str:
        lines: list[str] = []
        line: list[str] = []
        stack: list[str] = []  # open brackets: "(", "[", "{" (inline) or "B" (block brace)
        case_levels: set[int] = set()  # block levels whose current line sits under a case label
        previous: Record | None = None
        before_previous: Record | None = None
        previous_closed_block = ""  # parent type of the block "}" just written, if the last token was one
        pending_newline = False
        annotation_depth = -1  # bracket depth of an annotation that starts the current line, if any
        for record in records:
            token, node_type, parent, _first = record
            if token == NEW_LINE:
                pending_newline = True
                continue
            structured = bool(node_type)
            is_block_open = token == "{" and (not structured or parent in self.block_brace_parents)
            is_close = token in (")", "]", "}")
            is_block_close = token == "}" and bool(stack) and stack[-1] == "B"
            if previous is None:
                separator = ""
            elif pending_newline or (node_type[:1] == "#" and structured):
                separator = "\n"
            elif is_block_close:
                separator = "" if previous[0] == "{" else "\n"
            elif previous_closed_block:
                separator = self._after_block(previous_closed_block, record)
            elif self._newline_after(previous, stack) or (
                annotation_depth == len(stack) and _ends_annotation(previous) and token not in ("(", ".")
            ):
                separator = "\n"  # also after an annotation that starts its line: ``@Override``
            else:
                separator = " " if self._spaced(before_previous, previous, record) else ""
            if is_close and stack and stack.pop() == "B":
                case_levels.discard(stack.count("B") + 1)
            if separator == "\n":
                lines.append("".join(line))
                level = stack.count("B")
                if (token in ("case", "default") and parent in self.label_colon_parents) or (
                    parent == "access_specifier"
                ):
                    case_levels.discard(level)  # a new label starts at the level of the block
                depth = level + sum(1 for case_level in case_levels if case_level <= level)
                if token[:1] == "#" and structured:
                    depth = 0  # preprocessor directives start in the first column
                line = [self.indent * depth]
            elif separator:
                line.append(separator)
            line.append(unescape_literal(token) if is_literal_token(token) else token)
            if separator == "\n" or previous is None:
                annotation_depth = len(stack) if token == "@" else -1
            if token == ":" and parent in self.label_colon_parents and parent != "labeled_statement":
                case_levels.add(stack.count("B"))
            if token in ("(", "["):
                stack.append(token)
            elif token == "<" and parent in self.line_ending_template_lists:
                stack.append("<")
            elif token == ">" and parent in self.line_ending_template_lists and stack and stack[-1] == "<":
                stack.pop()
            elif token == "{":
                stack.append("B" if is_block_open else "{")
            previous_closed_block = (parent or "?") if is_block_close else ""
            before_previous, previous = previous, record
            pending_newline = False
        lines.append("".join(line))
        text = "\n".join(lines)
        return text + "\n" if text else ""

    def _after_block(self, block_parent: str, record: Record) -> str:
        token, _node_type, parent, _first = record
        if token in (";", ",", ")", "."):
            return ""
        if token in ("else", "catch", "finally") or (token == "while" and parent == "do_statement"):
            return " "
        if block_parent in self.open_body_parents and token not in ("}",) and parent != "":
            return " "  # ``struct { ... } point;``, ``new Runnable() { ... }.run()``
        return "\n"

    def _newline_after(self, previous: Record, stack: list[str]) -> bool:
        token, node_type, parent, _first = previous
        if token == ";":
            return not stack or stack[-1] not in ("(", "[")
        if token == "{":
            return not node_type or parent in self.block_brace_parents
        if token == ">" and parent in self.line_ending_template_lists:
            return "<" not in stack  # ``template <typename T>`` on a line of its own
        # ``case 1:`` and ``public:`` end their line; a statement label (``outer: for``) does not.
        return token == ":" and parent in self.label_colon_parents and parent != "labeled_statement"

    def _spaced(self, before_previous: Record | None, previous: Record, record: Record) -> bool:
        wanted = self._wanted_space(before_previous, previous, record)
        if wanted:
            return True
        left, right = previous[0], record[0]
        if left == right == ">" and previous[2] in self.template_parents:
            return False  # ``vector<vector<int>>``: the grammar reads ``>>`` here as two closers
        if not can_glue_operators(left, right, self.glue_blockers):
            return True
        # Where the grammar reads ``-1`` as one literal (C++), the tokens ``-`` ``1`` must stay apart.
        return (
            self.signed_number_literals and left in ("-", "+") and (right[:1].isdigit() or right[:1] == ".")
        )

    def _wanted_space(self, before_previous: Record | None, previous: Record, record: Record) -> bool:
        left, _left_type, left_parent, left_first = previous
        right, right_type, right_parent, right_first = record
        if right_type in self.lexed_types and right_first:
            return True  # a macro body starts after a space: ``#define SQUARE(x) ((x) * (x))``
        if right in (",", ";", ")", "]", ".") or left in ("(", "[", ".", "@"):
            return False
        if right == "...":
            return left == ","  # ``int... xs``, ``args...``, but ``(a, ...)``
        if right == "::" or left == "::":
            return False
        if (left == "{" and left_parent not in self.block_brace_parents) or (
            right == "}" and right_parent not in self.block_brace_parents
        ):
            return False  # initializer lists: ``{1, 2, 3}``
        if right == "->" or left == "->":
            return right_parent in self.spaced_arrow_parents or left_parent in self.spaced_arrow_parents
        is_word = is_word_character(left[-1]) and not is_literal_token(left)
        closes_template = left == ">" and left_parent in self.template_parents
        if right in ("(", "["):
            if left in self.control_keywords:
                return True
            return not (is_word or left in (")", "]") or closes_template)
        if right_parent in self.template_parents and right in ("<", ">"):
            # ``template <typename T>`` in C++, ``static <T> void f()`` in Java
            return right == "<" and (left == "template" or left_parent == "modifiers")
        if left == "<" and left_parent in self.template_parents:
            return False
        if closes_template:
            return right not in ("(", "::", ">", "&", "&&", "*", "{")
        if left_parent in self.prefix_operator_parents and left_first and not is_word:
            return False  # unary operators: ``-x``, ``!done``, ``*p``, ``&x``, ``++i``
        if right in ("++", "--") and right_parent in self.prefix_operator_parents and not right_first:
            return False  # ``i++``
        if right in ("*", "&", "&&") and right_parent in self.declarator_parents:
            return left in (",", "(")  # ``int* p``, but ``int a, *p``
        if (
            left in ("*", "&", "&&")
            and left_parent in self.declarator_parents
            and before_previous is not None
        ):
            return before_previous[0] not in (",", "(")
        if right == ":" and right_parent in self.label_colon_parents:
            return False
        return not (left == "~" and left_parent == "destructor_name")


def _ends_annotation(record: Record) -> bool:
    """``Override`` of ``@Override``, or the ``)`` closing ``@SuppressWarnings("x")``."""
    token, _node_type, parent, _first = record
    return (parent == "marker_annotation" and token != "@") or (
        parent == "annotation_argument_list" and token == ")"
    )


def _macro_parameter_lists(tokens: Sequence[str]) -> set[int]:
    """Positions of the ``(`` that open a function-like macro's parameters.

    ``#define F(x) ...`` and ``#define F (x) ...`` differ only by the space that tokens drop; like
    TransCoder we restore the function-like form, but only where the parentheses hold nothing but
    parameter names and a body follows, so ``#define N (1 << 20)`` stays an object-like macro."""
    positions: set[int] = set()
    for index, token in enumerate(tokens[:-3]):
        if token != "#define" or tokens[index + 2] != "(":
            continue
        end = index + 3
        while end < len(tokens) and (tokens[end].isidentifier() or tokens[end] in (",", "...")):
            end += 1
        if end + 1 < len(tokens) and tokens[end] == ")" and tokens[end + 1] != NEW_LINE:
            positions.add(index + 2)
    return positions


def join_plainly(tokens: Sequence[str], glued: set[int] | None = None) -> str:
    """Tokens joined by single spaces, literals unescaped, NEW_LINE as a line break: the simplest
    text that lexes back to the same tokens. No space is written before the positions in ``glued``."""
    pieces: list[str] = []
    for index, token in enumerate(tokens):
        if token == NEW_LINE:
            pieces.append("\n")
        else:
            if pieces and pieces[-1] != "\n" and not (glued and index in glued):
                pieces.append(" ")
            pieces.append(unescape_literal(token) if is_literal_token(token) else token)
    return "".join(pieces)


# -- TransCoder-exact tokens: literals split as the original does ---------------------------------
# The released TransCoder models were trained on the tokens of facebookresearch/TransCoder's
# preprocessing/src/code_tokenizer.py, whose literals are not one token: a string, char (and, in
# C++, numeric) literal is cut by sacrebleu's "international" BLEU tokenizer into punctuation and
# word pieces, with its spaces written as a separate "▁" (``"Hello, world!"`` becomes
# ``" Hello , ▁ world ! "``). This is that transformation, re-implemented from the description of
# the original; ``tests/test_tokens.py`` and ``benchmarks/versus_original.py`` compare it with the
# original code on every GfG function.
TRANSCODER_EXACT = "transcoder-exact"  # the original's tokens: what the released checkpoints read
WHOLE_LITERAL = "whole-literal"  # ours: each literal one token (what our own trainer writes)
TOKEN_MODES = (TRANSCODER_EXACT, WHOLE_LITERAL)

# Character sequences the original hides from the BLEU tokenizer behind placeholder words, in the
# order it substitutes them (the order matters: "/*" is replaced before "/**" could match).
C_FAMILY_PROTECTED = (
    ("//", "STOKEN0"), ("/*", "STOKEN1"), ("*/", "STOKEN2"), ("/**", "STOKEN3"), ("**/", "STOKEN4"),
    ('"""', "STOKEN5"), ("\\n", "STOKEN6"),
)  # fmt: skip
PYTHON_PROTECTED = (("#", "STOKEN0"), ("\\n", "STOKEN1"), ('"""', "STOKEN2"), ("'''", "STOKEN3"))
_SPACES = re.compile(" +")


@functools.cache
def _bleu_international_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """sacrebleu 1.x ``tokenize_v14_international``'s three patterns, built the same way: every
    code point of Unicode category P* (punctuation) or S* (symbol) pasted into a character class.
    Pasted unescaped, the class reads ``\\]`` as an escaped ``]``, so the backslash itself is not
    treated as punctuation; building the classes identically keeps that. sacrebleu 2 (our BLEU
    dependency) uses the ``regex`` module instead, whose Unicode tables differ by version, so it
    is not reused here."""
    punctuation: list[str] = []
    symbols: list[str] = []
    for code in range(sys.maxunicode):
        category = unicodedata.category(chr(code))
        if category[0] == "P":
            punctuation.append(chr(code))
        elif category[0] == "S":
            symbols.append(chr(code))
    punct = "".join(punctuation)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # "possible nested set" for the pasted "["
        return (
            re.compile(r"([^\d])([" + punct + r"])"),
            re.compile(r"([" + punct + r"])([^\d])"),
            re.compile("([" + "".join(symbols) + "])"),
        )


def bleu_international_split(text: str) -> str:
    """Spaces around punctuation not between digits and around every symbol (mteval-v14's
    international tokenization, as sacrebleu 1.x wrote it)."""
    nondigit_punct, punct_nondigit, symbol = _bleu_international_patterns()
    text = nondigit_punct.sub(r"\1 \2 ", text)
    text = punct_nondigit.sub(r" \1 \2", text)
    return symbol.sub(r" \1 ", text).strip()


def split_literal(literal: str, protected: Sequence[tuple[str, str]]) -> list[str]:
    """The original's tokens for one literal's source text (its ``process_string`` for code)."""
    text = literal.replace(" ", " ▁ ")
    for characters, placeholder in protected:
        text = text.replace(characters, f" {placeholder} ")
    text = text.replace("\n", " STRNEWLINE ").replace("\t", " TABSYMBOL ")
    text = bleu_international_split(_SPACES.sub(" ", text))
    text = _SPACES.sub(" ", text)
    for characters, placeholder in protected:
        text = text.replace(placeholder, characters)
    return [piece for piece in text.replace("\r", "").split(" ") if piece]  # words as fastBPE splits


def join_literal(text: str) -> str:
    """A literal as the original's detokenizers rebuild it from its split tokens (joined by spaces):
    every space dropped, the markers turned back into whitespace. ``" "`` gives ``""`` and
    ``" a ▁ b "`` gives ``"a b"``, as in the original."""
    text = text.replace("STRNEWLINE", "\n").replace("TABSYMBOL", "\t").replace(" ", "")
    return text.replace("SPACETOKEN", " ")


def indent_braced_lines(lines: Sequence[str]) -> str:
    """The original C++/Java detokenizers' indentation: each line stripped, two spaces more after
    a line ending with the ``OB_`` placeholder of ``{``, two fewer from a line starting with a
    ``CB_`` placeholder of ``}``."""
    prefix = ""
    indented: list[str] = []
    for line in lines:
        line = line.strip()
        if line.startswith("CB_"):
            prefix = prefix[2:]
            indented.append(prefix + line)
        elif line.endswith("OB_"):
            indented.append(prefix + line)
            prefix += "  "
        else:
            indented.append(prefix + line)
    return "\n".join(indented)
