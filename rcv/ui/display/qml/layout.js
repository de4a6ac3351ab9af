.pragma library
// Grids that fill a rectangle with n cells of about the given aspect (width / height).

function grid(n, width, height, aspect, gap) {
    n = Math.max(1, n)
    var best = { cols: 1, rows: n, cw: width, ch: height / n, score: -1 }
    for (var cols = 1; cols <= n; ++cols) {
        var rows = Math.ceil(n / cols)
        var cw = (width - (cols - 1) * gap) / cols
        var ch = (height - (rows - 1) * gap) / rows
        if (cw <= 0 || ch <= 0)
            continue
        var score = Math.min(cw, ch * aspect)   // the width a cell of that aspect would get
        if (score > best.score)
            best = { cols: cols, rows: rows, cw: cw, ch: Math.min(ch, cw / aspect * 1.25), score: score }
    }
    return best
}

function questionSize(text, u) {
    // Long questions get smaller type; never below 3.6 % of the height.
    var n = text.length
    if (n <= 60) return 6.6 * u
    if (n <= 110) return 5.6 * u
    if (n <= 180) return 4.7 * u
    if (n <= 280) return 4.1 * u
    return 3.6 * u
}

function esc(text) {
    // For names put inside StyledText.
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
}

function board(n, width, height, gap, s) {
    // Cards for n names in width × height: as large as the box allows, each between its
    // smallest readable size (s.minW × s.minH) and s.maxW × s.maxH. When n do not fit at the
    // smallest size, as many as fit make a page: { cols, rows, cw, ch, perPage, pages }.
    n = Math.max(1, n)
    var best = null
    for (var cols = 1; cols <= n; ++cols) {
        var cw = Math.min(s.maxW, (width - (cols - 1) * gap) / cols)
        if (cw < s.minW)
            break
        var rows = Math.ceil(n / cols)
        var ch = Math.min(s.maxH, (height - (rows - 1) * gap) / rows, cw / s.aspect)
        if (ch < s.minH)
            continue
        var score = Math.min(cw / s.aspect, ch)
        if (best === null || score > best.score + 0.01)
            best = { cols: cols, rows: rows, cw: cw, ch: ch, perPage: n, pages: 1, score: score }
    }
    if (best !== null)
        return best
    var c = Math.max(1, Math.floor((width + gap) / (s.minW + gap)))
    var r = Math.max(1, Math.floor((height + gap) / (s.minH + gap)))
    var w = Math.min(s.maxW, (width - (c - 1) * gap) / c)
    var h = Math.min(s.maxH, (height - (r - 1) * gap) / r)
    return { cols: c, rows: r, cw: w, ch: h, perPage: c * r, pages: Math.ceil(n / (c * r)), score: 0 }
}

function nameSize(metrics, name, width, height, maxSize, minSize) {
    // The largest size (≤ maxSize) at which the name fits the box on one line or, cut at a
    // space, on two; at least minSize (the text then elides as a last resort). metrics measure
    // at metrics.font.pixelSize.
    var ref = metrics.font.pixelSize
    var line = metrics.lineSpacing / ref * 1.02   // a line's height, in font sizes
    var pad = 0.26                    // ShowText's room for the marks above capitals (rounded up)
    var whole = metrics.advanceWidth(name) * 1.02
    var size = Math.min(maxSize, height / (line + pad), whole > 0 ? width * ref / whole : maxSize)
    var words = String(name).split(" ")
    for (var i = 1; i < words.length; ++i) {
        var a = metrics.advanceWidth(words.slice(0, i).join(" ")) * 1.02
        var b = metrics.advanceWidth(words.slice(i).join(" ")) * 1.02
        var two = Math.min(maxSize, height / (2 * line + pad), width * ref / Math.max(a, b, 1))
        size = Math.max(size, two)
    }
    return Math.max(minSize, Math.floor(size))   // a font's pixel size is a whole number
}

function rows(n, width, height, gap, minH, maxH, maxCols) {
    // n rows of a list in columns: as few columns as keep every row at least minH tall (at most
    // maxCols), each row at most maxH; when n do not fit even then, as many as fit make a page:
    // { cols, rows, rowH, colW, perPage, pages }.
    n = Math.max(1, n)
    var fit = Math.max(1, Math.floor((height + gap) / (minH + gap)))
    var cols = Math.min(maxCols, Math.max(1, Math.ceil(n / fit)))
    var perCol = Math.min(fit, Math.ceil(n / cols))
    var rowH = Math.min(maxH, (height - (perCol - 1) * gap) / perCol)
    var colW = (width - (cols - 1) * 2 * gap) / cols
    var perPage = cols * perCol
    return { cols: cols, rows: perCol, rowH: rowH, colW: colW, perPage: perPage,
             pages: Math.ceil(n / perPage) }
}
