"""The sentences for rcv's codes, one module per domain, each sentence written once in
Vietnamese (the source language) and marked with ``QT_TRANSLATE_NOOP(context, text)`` so the
catalogue (``rcv_en.ts``) collects it. Lower layers produce codes with parameters; these modules
turn them into words at the edge, given a :class:`rcv.i18n.Words`."""
