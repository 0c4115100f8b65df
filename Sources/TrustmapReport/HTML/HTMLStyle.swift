/// The report's inline stylesheet: calm, dark on light, readable in print.
enum HTMLStyle {
  static let css = #"""
    :root { --ink: #1f2933; --muted: #52606d; --line: #d9dee4; --bg: #ffffff; --panel: #f6f8fa;
      --accent: #1d4ed8; --crit: #991b1b; --crit-bg: #fee2e2; --high: #9a3412; --high-bg: #ffedd5;
      --med: #854d0e; --med-bg: #fef3c7; --low: #1e40af; --low-bg: #dbeafe; --info: #374151;
      --info-bg: #e5e7eb; --ok: #166534; --ok-bg: #dcfce7; }
    * { box-sizing: border-box; }
    html { font-size: 15px; }
    body { margin: 0; color: var(--ink); background: var(--bg); line-height: 1.5;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
      font-size: 0.86rem; }
    a { color: var(--accent); }
    header.top { background: #0f172a; color: #f8fafc; padding: 1.5rem 2rem 1.2rem; }
    header.top h1 { margin: 0 0 0.2rem; font-size: 1.6rem; font-weight: 650; letter-spacing: -0.01em; }
    header.top .sub { color: #cbd5e1; margin: 0; }
    header.top details { margin-top: 0.8rem; color: #e2e8f0; }
    header.top summary { cursor: pointer; color: #cbd5e1; }
    header.top table { color: #e2e8f0; margin-top: 0.4rem; }
    header.top td, header.top th { border-color: #334155; }
    nav.toc { position: sticky; top: 0; z-index: 5; background: #f8fafc; border-bottom: 1px solid var(--line);
      padding: 0.5rem 2rem; display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; font-size: 0.92rem; }
    nav.toc a { text-decoration: none; color: var(--ink); }
    nav.toc a:hover { color: var(--accent); text-decoration: underline; }
    main { max-width: 1180px; margin: 0 auto; padding: 0 2rem 3rem; }
    section { margin-top: 2.2rem; }
    h2 { font-size: 1.3rem; border-bottom: 2px solid var(--line); padding-bottom: 0.3rem; margin: 0 0 0.9rem; }
    h3 { font-size: 1.05rem; margin: 1.2rem 0 0.5rem; }
    h4 { font-size: 0.95rem; margin: 0.8rem 0 0.3rem; }
    p.note { color: var(--muted); font-size: 0.92rem; }
    .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 0.7rem; }
    .card { border: 1px solid var(--line); border-left-width: 5px; border-radius: 6px; padding: 0.6rem 0.8rem; }
    .card .n { font-size: 1.7rem; font-weight: 700; line-height: 1.1; }
    .card .l { color: var(--muted); font-size: 0.85rem; }
    .card.sev-critical { border-left-color: var(--crit); } .card.sev-high { border-left-color: var(--high); }
    .card.sev-medium { border-left-color: #ca8a04; } .card.sev-low { border-left-color: var(--low); }
    .card.sev-info { border-left-color: #6b7280; }
    .badge { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 999px; font-size: 0.78rem;
      font-weight: 650; letter-spacing: 0.02em; text-transform: uppercase; border: 1px solid transparent; }
    .badge.sev-critical { color: var(--crit); background: var(--crit-bg); border-color: #fca5a5; }
    .badge.sev-high { color: var(--high); background: var(--high-bg); border-color: #fdba74; }
    .badge.sev-medium { color: var(--med); background: var(--med-bg); border-color: #fcd34d; }
    .badge.sev-low { color: var(--low); background: var(--low-bg); border-color: #93c5fd; }
    .badge.sev-info { color: var(--info); background: var(--info-bg); border-color: #d1d5db; }
    .status { font-size: 0.8rem; font-weight: 600; padding: 0.05rem 0.45rem; border-radius: 4px; }
    .status.allowed { color: var(--crit); background: var(--crit-bg); }
    .status.conditional { color: var(--med); background: var(--med-bg); border: 1px dashed #ca8a04; }
    .status.public { color: #fff; background: var(--crit); }
    .fix { border-left: 4px solid var(--ok); background: var(--ok-bg); border-radius: 4px; padding: 0.5rem 0.8rem; margin: 0.6rem 0; }
    .fix pre { background: #fff; margin-top: 0.4rem; }
    .fix ul { margin: 0.3rem 0 0; padding-left: 1.2rem; }
    details.principals { margin: 0.5rem 0; }
    details.principals summary, details.limits summary, details.inline summary { cursor: pointer; }
    ul.principals { margin: 0.3rem 0; padding-left: 1.2rem; font-size: 0.88rem; }
    ul.principals .acct { font-weight: 600; }
    details.limits { margin: 0.4rem 0 0; font-size: 0.85rem; color: var(--muted); }
    details.inline { display: inline; }
    td.ok { color: var(--ok); }
    ul.choke li { margin: 0.2rem 0; }
    article.cause .num { color: var(--muted); font-weight: 600; }
    .kind { color: var(--muted); font-size: 0.85rem; }
    ol.risks li { margin: 0.25rem 0; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
    th, td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
    thead th { background: var(--panel); font-weight: 600; position: sticky; top: 2.3rem; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .arn { color: var(--muted); font-size: 0.8rem; word-break: break-all; }
    th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
    th[aria-sort="ascending"] button::after { content: " \25B2"; font-size: 0.7em; }
    th[aria-sort="descending"] button::after { content: " \25BC"; font-size: 0.7em; }
    .js-only { display: none; }
    .js .js-only { display: inline-flex; }
    .tools { gap: 0.6rem; align-items: center; margin: 0.4rem 0 0.6rem; flex-wrap: wrap; }
    .tools input { padding: 0.35rem 0.6rem; border: 1px solid #9aa5b1; border-radius: 5px; min-width: 18rem; font: inherit; }
    .tools button { font: inherit; font-size: 0.85rem; padding: 0.25rem 0.7rem; border: 1px solid #9aa5b1;
      border-radius: 5px; background: #fff; cursor: pointer; }
    .matrix-wrap { overflow-x: auto; }
    table.matrix { width: auto; font-size: 0.8rem; }
    table.matrix th { white-space: nowrap; }
    table.matrix thead th { position: static; writing-mode: vertical-rl; transform: rotate(180deg); vertical-align: bottom; padding: 0.5rem 0.3rem; }
    table.matrix td { text-align: center; min-width: 2.6rem; border: 1px solid #fff; font-weight: 600; }
    .lv-reachesAdmin { background: #b91c1c; color: #fff; }
    .lv-reachesRole { background: #fdba74; color: #431407; }
    .lv-conditionalOnly { background: #fef3c7; color: #713f12; outline: 1px dashed #ca8a04; outline-offset: -3px; }
    .lv-none { background: #f3f4f6; color: #9ca3af; }
    .lv-self { box-shadow: inset 0 0 0 2px #475569; }
    .legend { display: flex; flex-wrap: wrap; gap: 0.5rem 1.2rem; font-size: 0.85rem; margin: 0.5rem 0; align-items: center; }
    .legend .sw { display: inline-block; min-width: 1.8rem; text-align: center; font-weight: 700; padding: 0 0.3rem; border-radius: 3px; }
    article.finding { border: 1px solid var(--line); border-left: 5px solid #9ca3af; border-radius: 6px; margin: 0.8rem 0; background: #fff; }
    article.finding.sev-critical { border-left-color: var(--crit); } article.finding.sev-high { border-left-color: var(--high); }
    article.finding.sev-medium { border-left-color: #ca8a04; } article.finding.sev-low { border-left-color: var(--low); }
    article.finding > details > summary { padding: 0.6rem 0.9rem; cursor: pointer; list-style-position: outside; margin-left: 1rem; }
    article.finding .body { padding: 0 1rem 0.8rem 1.1rem; }
    .ftitle { font-weight: 650; }
    .fid { color: var(--muted); font-size: 0.8rem; margin-left: 0.3rem; }
    .chain { background: var(--panel); border-radius: 5px; padding: 0.4rem 0.6rem; word-break: break-word; }
    .chain .arrow { color: var(--muted); margin: 0 0.3rem; }
    .chain .arrow.cond { color: var(--med); }
    .chain .arrow.public { color: var(--crit); font-weight: 700; }
    figure.diagram { margin: 0.6rem 0; overflow-x: auto; border: 1px solid var(--line); border-radius: 5px; padding: 0.4rem; background: #fff; }
    figure.diagram svg { max-width: 100%; height: auto; }
    ol.hops { padding-left: 1.3rem; }
    ol.hops > li { margin: 0.7rem 0; padding-left: 0.2rem; }
    .hophead { font-weight: 600; }
    .conds { margin: 0.3rem 0; font-size: 0.85rem; }
    .conds li code { background: var(--med-bg); }
    .stmts { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 0.6rem; }
    .stmt h5 { margin: 0.3rem 0; font-size: 0.82rem; color: var(--muted); font-weight: 600; overflow-wrap: anywhere; }
    .hophead, .chain code, ul.principals code { overflow-wrap: anywhere; }
    pre { background: #f8fafc; border: 1px solid var(--line); border-radius: 5px; padding: 0.5rem 0.7rem;
      overflow-x: auto; margin: 0; line-height: 1.4; white-space: pre-wrap; word-break: break-word; }
    pre mark.cond { background: #fde68a; color: inherit; display: inline-block; width: 100%; }
    ul.tree, ul.tree ul { list-style: none; padding-left: 1.2rem; border-left: 1px solid var(--line); }
    ul.tree { padding-left: 0.4rem; border: 0; }
    ul.tree .ou { font-weight: 600; }
    ul.tree .acct { font-size: 0.88rem; }
    .pill { display: inline-block; font-size: 0.75rem; padding: 0 0.4rem; border-radius: 4px; background: var(--info-bg); color: var(--info); }
    .pill.admin { background: var(--crit-bg); color: var(--crit); }
    .pill.warn { background: var(--med-bg); color: var(--med); }
    footer { max-width: 1180px; margin: 0 auto; padding: 1rem 2rem 2rem; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--line); }
    @media print {
      html { font-size: 11pt; }
      nav.toc, .tools, .js .js-only { display: none !important; }
      header.top { background: none; color: #000; border-bottom: 2px solid #000; padding: 0 0 0.5rem; }
      header.top .sub, header.top details, header.top summary, header.top table { color: #000; }
      main { max-width: none; padding: 0; }
      thead th { position: static; }
      article.finding, .stmt, tr, figure.diagram { break-inside: avoid; }
      section { break-before: auto; }
      h2 { break-after: avoid; }
      a { color: inherit; text-decoration: none; }
      .lv-reachesAdmin, .lv-reachesRole, .lv-conditionalOnly, .badge, .status, pre mark.cond, .fix {
        -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """#
}
