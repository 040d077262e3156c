//! The native command-line tool: `qa-reader parse|check|render|eval`, for publishers and CI.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::core::attribution::{Rule, RULES};
use crate::core::{self, gold, Article, Block};

const USAGE: &str = "\
usage: qa-reader <command> [args]

commands:
  parse FILE   print the article parsed from FILE as JSON (FILE may be - for stdin)
  check FILE   list title, sections, quoted experts with roles and paragraph counts, and what was removed
  render FILE [--fragment] [--assets URL] [--out FILE]
               the reader prerendered as HTML: a whole page (default), or with --fragment
               the <qa-reader> element to paste into any page; readable without
               JavaScript, taken over by the wasm when it loads. URL is where the host
               files are served (default /qa-reader/); --out writes FILE instead of stdout
  eval DIR [--without RULE]...
               score attribution against DIR/*.gold.json (each beside its NAME.txt):
               per-file scores, every disagreement with the rule that fired, pairs
               per rule, and the TOTAL line last; --without switches a rule off
               (rules, in order: label, signature, according-to, stance, verb-after,
               apposition, verb-before, relative-clause, quoted-as, joined-predicate,
               participle, quoted-predicate, continuation)
  scale FILE N print an article N times as long as FILE, for benchmarks (distinct
               headings and experts in each copy)
  help         show this message

FILE is plain text, or article JSON as `parse` prints it.";

/// Runs the tool with `args` (without the program name) and returns the process exit code:
/// 0 on success, 1 when `eval` finds no gold files, 2 on a usage or input error.
pub fn main(args: Vec<OsString>) -> ExitCode {
    let args: Vec<String> = args
        .into_iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // `qa-reader parse --help` and the like ask for the usage, not for a file of that name.
    let asks_help = args.iter().skip(1).any(|a| a == "-h" || a == "--help");
    let result = match args.first().map(String::as_str) {
        Some(_) if asks_help => Ok(format!("{USAGE}\n")),
        Some("parse") => one_path(&args).and_then(|p| parse_cmd(&p)),
        Some("check") => one_path(&args).and_then(|p| check_cmd(&p)),
        Some("render") => render_cmd(&args),
        Some("eval") => eval_args(&args).and_then(|(p, off)| eval_cmd(Path::new(&p), &off)),
        Some("scale") => scale_cmd(&args),
        Some("help" | "-h" | "--help") => Ok(format!("{USAGE}\n")),
        Some(other) => Err(format!("unknown command '{other}' (try: qa-reader help)")),
        None => Err("missing command (try: qa-reader help)".to_string()),
    };
    match result {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("qa-reader: error: {message}");
            ExitCode::from(2)
        }
    }
}

fn one_path(args: &[String]) -> Result<String, String> {
    match args {
        [_, path] => Ok(path.clone()),
        [cmd] => Err(format!("'{cmd}' needs a path (try: qa-reader help)")),
        [cmd, ..] => Err(format!("'{cmd}' takes one path, got {}", args.len() - 1)),
        [] => unreachable!("a command was matched"),
    }
}

/// `eval DIR [--without RULE]...`: the folder and the rules to switch off.
fn eval_args(args: &[String]) -> Result<(String, Vec<Rule>), String> {
    let mut path = None;
    let mut off = Vec::new();
    let mut rest = args[1..].iter();
    while let Some(a) = rest.next() {
        if a == "--without" {
            let name = rest
                .next()
                .ok_or("'--without' needs a rule name (try: qa-reader help)")?;
            for n in name.split(',') {
                let rule = Rule::from_name(n).ok_or_else(|| {
                    let names: Vec<&str> = RULES.iter().map(|r| r.as_str()).collect();
                    format!("unknown rule '{n}' (rules: {})", names.join(", "))
                })?;
                off.push(rule);
            }
        } else if a.starts_with("--") {
            return Err(format!(
                "unknown option '{a}' for 'eval' (try: qa-reader help)"
            ));
        } else if path.is_none() {
            path = Some(a.clone());
        } else {
            return Err(format!("'eval' takes one folder, got '{a}' too"));
        }
    }
    let path = path.ok_or("'eval' needs a path (try: qa-reader help)")?;
    Ok((path, off))
}

/// `render FILE [--fragment] [--assets URL] [--out FILE]`.
fn render_cmd(args: &[String]) -> Result<String, String> {
    let (mut path, mut fragment, mut assets, mut out) = (None, false, None, None);
    let mut rest = args[1..].iter();
    while let Some(a) = rest.next() {
        let mut value = |flag: &str| {
            rest.next()
                .cloned()
                .ok_or(format!("'{flag}' needs a value (try: qa-reader help)"))
        };
        match a.as_str() {
            "--fragment" => fragment = true,
            "--assets" => assets = Some(value("--assets")?),
            "--out" => out = Some(value("--out")?),
            flag if flag.starts_with("--") => {
                return Err(format!(
                    "unknown option '{flag}' for 'render' (try: qa-reader help)"
                ))
            }
            _ if path.is_none() => path = Some(a.clone()),
            _ => return Err(format!("'render' takes one article, got '{a}' too")),
        }
    }
    let path = path.ok_or("'render' needs an article file (try: qa-reader help)")?;
    let mut assets = assets.unwrap_or_else(|| crate::prerender::DEFAULT_ASSETS.to_string());
    if !assets.ends_with('/') {
        assets.push('/');
    }
    let (article, diagnostics) = load(&path)?;
    report_notes(&path, &diagnostics);
    let html = match fragment {
        true => crate::prerender::fragment(&article, &assets, false),
        false => crate::prerender::page(&article, &assets),
    };
    match out {
        None => Ok(html),
        Some(file) => {
            std::fs::write(&file, html)
                .map_err(|e| format!("cannot write '{file}': {}", lower_io(&e)))?;
            Ok(String::new())
        }
    }
}

fn scale_cmd(args: &[String]) -> Result<String, String> {
    let [_, path, n] = args else {
        return Err("'scale' takes a file and a number (try: qa-reader help)".to_string());
    };
    let n: usize = n
        .parse()
        .ok()
        .filter(|n| (1..=10_000).contains(n))
        .ok_or_else(|| format!("'scale' needs a number from 1 to 10000, not '{n}'"))?;
    Ok(core::synth::scale(&read_input(path)?, n))
}

fn read_input(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)
            .map_err(|e| format!("cannot read stdin: {e}"))?;
        buf
    } else {
        if Path::new(path).is_dir() {
            return Err(format!("'{path}' is a directory, not an article file"));
        }
        std::fs::read(path).map_err(|e| format!("cannot read '{path}': {}", lower_io(&e)))?
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "'{path}' is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn lower_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string().to_lowercase(),
    }
}

/// Plain text is parsed; text that starts with `{` is read as article JSON.
fn load(path: &str) -> Result<(Article, Vec<core::Diagnostic>), String> {
    let text = read_input(path)?;
    if text.trim().is_empty() {
        return Err(format!(
            "'{path}' holds no article text (it is empty or blank)"
        ));
    }
    if text.trim_start().starts_with('{') {
        let article: Article = serde_json::from_str(&text)
            .map_err(|e| format!("'{path}' is not valid article JSON: {e}"))?;
        // The same entry into the core as the widget's: ids, speakers and counts cleaned up.
        Ok(core::adopt(article))
    } else {
        Ok(core::parse(&text))
    }
}

/// The parser's notes on stderr, as `FILE:LINE: kind: message`.
fn report_notes(path: &str, diagnostics: &[core::Diagnostic]) {
    for d in diagnostics {
        if d.lines.is_unknown() {
            eprintln!("{path}: {}: {}", d.kind.as_str(), d.message);
        } else {
            eprintln!(
                "{path}:{}: {}: {}",
                d.lines.first,
                d.kind.as_str(),
                d.message
            );
        }
    }
}

fn parse_cmd(path: &str) -> Result<String, String> {
    let (article, diagnostics) = load(path)?;
    report_notes(path, &diagnostics);
    let mut json = serde_json::to_string_pretty(&article).map_err(|e| e.to_string())?;
    json.push('\n');
    Ok(json)
}

fn check_cmd(path: &str) -> Result<String, String> {
    let (article, diagnostics) = load(path)?;
    Ok(check_report(&article, &diagnostics))
}

/// The human-readable summary `check` prints.
pub fn check_report(article: &Article, diagnostics: &[core::Diagnostic]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "title: {}",
        article.title.as_deref().unwrap_or("(none)")
    );
    if let Some(s) = &article.standfirst {
        let _ = writeln!(out, "standfirst: {s}");
    }
    let _ = writeln!(
        out,
        "source: {}",
        article.source.as_deref().unwrap_or("(none)")
    );
    let _ = writeln!(out, "\nsections ({}):", article.sections.len());
    for s in &article.sections {
        let (mut paragraphs, mut figures, mut embeds) = (0, 0, 0);
        for b in &s.blocks {
            match b {
                Block::Paragraph(_) => paragraphs += 1,
                Block::Figure(_) => figures += 1,
                Block::Embed(_) => embeds += 1,
            }
        }
        let _ = writeln!(
            out,
            "  {:<32} {} paragraphs, {} figures, {} embeds",
            s.heading.as_deref().unwrap_or("(intro)"),
            paragraphs,
            figures,
            embeds
        );
    }
    let _ = writeln!(out, "\nexperts ({}):", article.experts.len());
    for e in &article.experts {
        let _ = writeln!(
            out,
            "  {} — {} ({} paragraph{})",
            e.name,
            e.role.as_deref().unwrap_or("no role given"),
            e.paragraphs,
            if e.paragraphs == 1 { "" } else { "s" }
        );
    }
    let _ = writeln!(out, "\nremoved ({}):", article.removed.len());
    for r in &article.removed {
        let mut text: String = r.text.chars().take(60).collect();
        if text.len() < r.text.len() {
            text.push('…');
        }
        let _ = writeln!(
            out,
            "  line {:>4}  {:<28} {}",
            r.lines.first,
            r.reason.describe(),
            text
        );
    }
    if !diagnostics.is_empty() {
        let _ = writeln!(out, "\nnotes ({}):", diagnostics.len());
        for d in diagnostics {
            // Article JSON carries no line numbers.
            let at = if d.lines.is_unknown() {
                "        -".to_string()
            } else {
                format!("line {:>4}", d.lines.first)
            };
            let _ = writeln!(out, "  {at}  {:<24} {}", d.kind.as_str(), d.message);
        }
    }
    out
}

fn eval_cmd(dir: &Path, off: &[Rule]) -> Result<String, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        format!(
            "cannot read directory '{}': {}",
            dir.display(),
            lower_io(&e)
        )
    })?;
    let mut golds: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    golds.sort();
    if golds.is_empty() {
        return Err(format!("no *.gold.json files in '{}'", dir.display()));
    }
    let mut files = Vec::new();
    for g in &golds {
        let gold_text = read_input(&g.to_string_lossy())?;
        let gold: gold::Gold = serde_json::from_str(&gold_text)
            .map_err(|e| format!("'{}' is not a valid gold file: {e}", g.display()))?;
        let text_path = g.with_file_name(&gold.file);
        let text = read_input(&text_path.to_string_lossy())?;
        // (Rules switched off in the parse itself: the headline primes the roster.)
        let article = core::parse_without(&text, off);
        files.push((gold.file.clone(), gold::score(&article, &gold)));
    }
    Ok(gold::report(&files))
}
