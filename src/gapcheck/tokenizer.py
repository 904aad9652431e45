"""A light spaCy tokenizer for resumes: punctuation rules only, no English special cases.

Building spaCy's full English tokenizer (about 1,300 special cases for contractions and abbreviations)
costs a few hundred milliseconds at every start; skill matching needs none of it. Word pieces are split
further by the matcher, and aliases are tokenized with the same tokenizer as the text.
"""

from __future__ import annotations

import re
from typing import Any

_PREFIX = re.compile(r"""^[(\[{"'“‘«<*•·▪–—]""")
_SUFFIX = re.compile(r"""[)\]}"'”’»>,;:!?.%*]$""")
_INFIX = re.compile(r"""[,;:/()\[\]{}|•·]|(?<=[^\W\d_])[-–—](?=[^\W\d_])|(?<=[^\W\d_])\.(?=[A-Z])""")


def light_tokenizer(nlp: Any) -> Any:
    """A :class:`spacy.tokenizer.Tokenizer` for ``nlp`` that splits on punctuation only."""
    from spacy.tokenizer import Tokenizer

    return Tokenizer(nlp.vocab, prefix_search=_PREFIX.search, suffix_search=_SUFFIX.search, infix_finditer=_INFIX.finditer)


def blank_english() -> Any:
    """A blank English pipeline with :func:`light_tokenizer` (no model, nothing downloaded)."""
    from spacy.lang.en import English

    return English(create_tokenizer=light_tokenizer)
