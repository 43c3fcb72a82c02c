"""Request and reply shapes of the JSON API (pydantic models: validation and the OpenAPI schema)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from transcoder.engines import DEFAULT_ENGINE

MAX_CODE_CHARS = 100_000
MAX_CANDIDATES = 5
MAX_TESTS = 100


class TranslateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(
        min_length=1, max_length=MAX_CODE_CHARS, description="source code: a function or a file"
    )
    source: str = Field(description="source language: cpp, java or python", examples=["cpp"])
    target: str = Field(description="target language", examples=["python"])
    engine: str = Field(DEFAULT_ENGINE, description="engine name (GET /api/languages lists them)")
    candidates: int = Field(1, ge=1, le=MAX_CANDIDATES, description="translations wanted, best first")
    signature: str | None = Field(
        None, max_length=2000, description='the declaration to implement, e.g. "int f(int arr[], int n)"'
    )


class VerifyRequest(TranslateRequest):
    tests: int = Field(20, ge=1, le=MAX_TESTS, description="unit tests to generate from the source")
    seed: int = Field(0, ge=0, description="seed of the generated inputs")
    function: str | None = Field(None, max_length=200, description="the function to test (default: all)")


class Candidate(BaseModel):
    code: str
    warnings: list[str] = Field(description="guesses the engine made, e.g. an inferred type")


class FailingTest(BaseModel):
    call: str = Field(description='the call, e.g. "f([3, 1], 2)"')
    expected: str = Field(description="what the source function returned")
    got: str | None = Field(description="what the candidate returned; null: the run ended before this test")


class CandidateCheck(BaseModel):
    candidate: int = Field(description="index into candidates")
    status: str = Field(description="passed, failed, untestable, compile_error, runtime_error, timeout, ...")
    passed: int
    total: int
    first_failure: str = Field(description="the first failing call, or the compiler's first error line")
    failures: list[FailingTest]


class Verification(BaseModel):
    chosen: int | None = Field(description="the first candidate that passes every generated test")
    functions: list[str]
    tests: int
    dropped_inputs: int = Field(description="inputs on which the source itself failed")
    not_tested: dict[str, str] = Field(description="function -> why it has no tests")
    checks: list[CandidateCheck]
    summary: str


class TranslateReply(BaseModel):
    source: str
    target: str
    engine: str
    candidates: list[Candidate]
    seconds: float = Field(description="time spent in the worker")


class VerifyReply(TranslateReply):
    verification: Verification


class ErrorDetail(BaseModel):
    type: str = Field(description="syntax_error, unsupported_construct, invalid_input, invalid_request, ...")
    message: str = Field(description="one line")
    line: int | None = Field(None, description="1-based line in the code (or in the body, for invalid_json)")
    column: int | None = Field(None, description="1-based column")
    field: str | None = Field(None, description="the request field at fault")


class ErrorReply(BaseModel):
    error: ErrorDetail


class Language(BaseModel):
    name: str
    extensions: list[str]


class EngineInfo(BaseModel):
    name: str
    description: str


class LanguageList(BaseModel):
    languages: list[Language]
    engines: list[EngineInfo]
    default_engine: str


class Health(BaseModel):
    status: str
    version: str
    workers: int
    busy: int
    waiting: int
