"""What the LLM engine says to the model, and how it reads the code back out of a reply."""

from __future__ import annotations

import re
from dataclasses import dataclass

from transcoder.errors import TranscoderError
from transcoder.languages import get_language

SYSTEM_PROMPT = (
    "You are an expert programmer who translates code between C++, Java and Python. A translation "
    "must behave exactly like the source on every input: the same results, including integer "
    "overflow, integer division and modulo of negative numbers, rounding, and the same side "
    "effects on arguments. Keep the function names and the order and meaning of the parameters. "
    "Answer with the translated code only, in a single fenced code block, and nothing else."
)


def display(language: str) -> str:
    return get_language(language).display_name


def translation_request(code: str, source: str, target: str, signature: str | None) -> str:
    """The first user message: the source, the languages, the interface to keep."""
    lines = [
        f"Translate this {display(source)} code to {display(target)}.",
        "",
        f"```{get_language(source).fence_tags[0]}",
        code.strip("\n"),
        "```",
        "",
        get_language(target).embeddable_shape,
    ]
    if signature:
        lines += [
            "",
            f"The {display(target)} translation must implement exactly this declaration (the same "
            "name, parameter types and return type), because existing code calls it:",
            f"```{get_language(target).fence_tags[0]}",
            signature.strip(),
            "```",
        ]
    lines += [
        "",
        f"Reply with the {display(target)} code in one ```{get_language(target).fence_tags[0]} block.",
    ]
    return "\n".join(lines)


def correction_request(target: str, problem: str) -> str:
    """The follow-up user message of a self-debugging round: what went wrong, and what to do."""
    return "\n".join(
        [
            problem.strip(),
            "",
            f"Find the cause, then reply with the complete corrected {display(target)} translation "
            f"in one ```{get_language(target).fence_tags[0]} block (the whole code, not a diff).",
        ]
    )


_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*([^\s`]*)[^\n]*\n(.*?)^[ \t]*\1[ \t]*$", re.S | re.M)
# A reply cut short by max_tokens opens a fence it never closes.
_OPEN_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*([^\s`]*)[^\n]*\n(.*)\Z", re.S | re.M)
_MAIN_GUARD = re.compile(
    r"^if\s+__name__\s*==\s*['\"]__main__['\"]\s*:[^\n]*\n(?:[ \t]+.*\n?|[ \t]*\n)*", re.M
)
_THINKING = re.compile(r"<think>.*?</think>", re.S | re.I)


@dataclass(frozen=True)
class Extracted:
    """The code found in a reply, and how it was found."""

    code: str
    how: str  # "fenced" (a block for the target), "fenced-other", "unclosed-fence", "whole-reply"


def extract_code(reply: str, target: str) -> Extracted:
    """The translation in a model's reply: the block tagged with the target language (the longest,
    when several are), else an untagged block, else any block, else the whole reply."""
    text = _THINKING.sub("", reply).replace("\r\n", "\n")
    blocks = [(m.group(2).lower(), m.group(3)) for m in _FENCE.finditer(text)]
    tags = set(get_language(target).fence_tags)
    preferences = (
        ("fenced", lambda tag: tag in tags),
        ("fenced", lambda tag: tag == ""),
        ("fenced-other", lambda tag: True),
    )
    for how, wanted in preferences:
        matching = [body for tag, body in blocks if wanted(tag)]
        if matching:
            return Extracted(_tidy(max(matching, key=len)), how)
    unclosed = _OPEN_FENCE.search(text)
    if unclosed:
        return Extracted(_tidy(unclosed.group(3)), "unclosed-fence")
    return Extracted(_tidy(text), "whole-reply")


def _tidy(code: str) -> str:
    return code.strip("\n").rstrip() + "\n"


def drop_main(code: str, target: str, source_code: str, source: str) -> str:
    """``code`` without the ``main`` (and Python's ``if __name__ == "__main__":`` block) a model
    added although the source has none: the test driver brings its own, and two do not compile."""
    language = get_language(target)
    try:
        functions = language.extract_functions(code)
        if any(f.name == "main" for f in get_language(source).extract_functions(source_code)):
            return code
    except TranscoderError:
        return code
    mains = [f for f in functions if f.name == "main"]
    guard = _MAIN_GUARD.search(code) if target == "python" else None
    if not mains and not guard:
        return code
    data = code.encode("utf-8")
    for function in sorted(mains, key=lambda f: f.start_byte, reverse=True):
        data = data[: function.start_byte] + data[function.end_byte :]
    text = data.decode("utf-8")
    if target == "python":
        # The driver runs the code as a script: a guard's demo (often reading input) would run too.
        text = _MAIN_GUARD.sub("", text)
    # Close the gap the main leaves: no blank lines piling up, none before a closing brace.
    text = re.sub(r"[ \t]+$", "", text, flags=re.M)
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = re.sub(r"\n\n+([ \t]*\})", r"\n\1", text)
    return _tidy(text)


def syntax_problem(code: str, target: str) -> str | None:
    """The first syntax error of ``code`` as a one-line message, or None when it parses."""
    errors = get_language(target).syntax_errors(code)
    if not errors:
        return None
    return str(errors[0])  # "line 3:9: syntax error in java source: missing ';'"
