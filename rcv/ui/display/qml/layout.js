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
