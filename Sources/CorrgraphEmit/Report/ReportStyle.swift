/// The report's style sheet, inlined into the page: system fonts only (no downloads), quiet
/// colours, tables that stay legible on paper, and print rules that keep rows and figures whole.
enum ReportStyle {
    static let css = """
        :root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d0d4d9; --band: #f4f5f7; --accent: #3b5b8c; }
        * { box-sizing: border-box; }
        html { font-size: 15px; }
        body { margin: 0 auto; max-width: 70rem; padding: 2rem 2.5rem 4rem; color: var(--ink); background: #fff;
               font-family: Charter, "Bitstream Charter", "Iowan Old Style", Georgia, Cambria, "Times New Roman", serif;
               line-height: 1.45; }
        h1, h2, h3, nav, table, .meta, figcaption, .note, .timeline {
               font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        h1 { font-size: 1.9rem; margin: 0 0 .3rem; line-height: 1.2; }
        h2 { font-size: 1.3rem; margin: 2.4rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid var(--accent); }
        p { margin: .4rem 0 .8rem; max-width: 48rem; }
        .meta { color: var(--muted); margin: 0 0 .2rem; }
        .meta strong { color: var(--ink); }
        nav { margin: 1rem 0 0; font-size: .9rem; }
        nav a { color: var(--accent); text-decoration: none; margin-right: 1rem; white-space: nowrap; }
        nav a:hover { text-decoration: underline; }
        figure { margin: .5rem 0 1rem; }
        figure.diagram { border: 1px solid var(--rule); padding: .5rem; text-align: center; }
        figure.diagram svg { width: 100%; height: auto; max-height: 95vh; }
        figcaption, .note { color: var(--muted); font-size: .85rem; }
        figcaption { margin-top: .4rem; text-align: left; }
        .failure { border-left: 4px solid #b3261e; background: #fbeeee; padding: .6rem .9rem; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; font-size: .85rem; margin: .3rem 0 .6rem; }
        th, td { padding: .28rem .6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        th { font-weight: 600; border-bottom: 1.5px solid var(--ink); white-space: nowrap; }
        tbody tr:nth-child(even) { background: var(--band); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.nowrap { white-space: nowrap; }
        table.compact { font-size: .8rem; }
        table.people td:first-child { min-width: 10rem; }
        td ul { margin: 0; padding-left: 1rem; }
        td li { margin: 0; }
        .rule { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .78rem;
                background: #e8edf5; padding: 0 .3rem; border-radius: 3px; white-space: nowrap; }
        .kind { color: var(--muted); font-size: .8rem; }
        .detail { color: var(--muted); }
        .problems li { margin-bottom: .1rem; }
        .timeline { width: 100%; max-width: 52rem; height: auto; display: block; }
        .timeline text { fill: var(--ink); }
        dl.conventions { font-size: .8rem; color: var(--muted); display: grid; grid-template-columns: max-content 1fr;
                         gap: .1rem .8rem; margin: .4rem 0; font-family: system-ui, sans-serif; }
        dl.conventions dt { font-weight: 600; }
        dl.conventions dd { margin: 0; }
        footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--rule); padding-top: .5rem; }
        @media print {
          html { font-size: 10.5pt; }
          body { max-width: none; padding: 0; }
          nav { display: none; }
          h2 { break-after: avoid; page-break-after: avoid; }
          tr, figure, .timeline, dl.conventions { break-inside: avoid; page-break-inside: avoid; }
          .table-wrap { overflow: visible; }
          tbody tr:nth-child(even) { background: none; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          @page { margin: 15mm 14mm; }
        }
        """
}
