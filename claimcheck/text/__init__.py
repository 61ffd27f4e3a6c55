"""Plain text tools every layer uses: sentence and line splitting with offsets
(:mod:`~claimcheck.text.segment`), word tokens, stop words and stemmers
(:mod:`~claimcheck.text.tokens`), months, weekdays and number words
(:mod:`~claimcheck.text.calendar`).

The bottom of the package: it imports only the standard library and :mod:`claimcheck.model`.
Lexicon data (the abbreviations the sentence splitter needs) is passed in by the caller;
:mod:`claimcheck.parse.sentences` binds the splitter to its lexicon.
"""
