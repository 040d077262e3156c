//! Native parse benchmark: `cargo bench --bench parse`. Parses the seed at 1×, 10×, 100× and
//! ~1 MB (parse includes attribution) and prints the median of many runs with throughput.

use std::time::{Duration, Instant};

use qa_reader::core::{parse, synth};

const SEED: &str = include_str!("../seeds/aljazeera-eastern-stronghold-explainer.txt");

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn main() {
    println!("| article | bytes | paragraphs | experts | median parse | throughput |");
    println!("|---|---:|---:|---:|---:|---:|");
    let mut inputs: Vec<(String, String)> =
        [("1×", 1), ("10×", 10), ("100×", 100), ("~1 MB (150×)", 150)]
            .into_iter()
            .map(|(label, n)| (label.to_string(), synth::scale(SEED, n)))
            .collect();
    // Hostile shapes of about 1 MB each.
    inputs.push(("1 MB single line".into(), "word ".repeat(200_000)));
    inputs.push(("1 MB of blank lines".into(), "\n".repeat(1_000_000)));
    inputs.push((
        "1 MB of 5,000-char heading-like lines".into(),
        format!("{}\n\n", "Word ".repeat(1000)).repeat(200),
    ));
    inputs.push(("1 MB of quote marks".into(), "“‘«\"".repeat(100_000)));
    for (label, text) in inputs {
        let (article, _) = parse(&text);
        let paragraphs = article.paragraphs().count();
        // At least 10 runs, and at least half a second of them.
        let mut times = Vec::new();
        let start = Instant::now();
        while times.len() < 10 || start.elapsed() < Duration::from_millis(500) {
            let t = Instant::now();
            std::hint::black_box(parse(std::hint::black_box(&text)));
            times.push(t.elapsed());
        }
        let runs = times.len();
        let m = median(times);
        let mbps = text.len() as f64 / m.as_secs_f64() / 1e6;
        println!(
            "| {label} | {} | {paragraphs} | {} | {:.3} ms ({runs} runs) | {mbps:.1} MB/s |",
            text.len(),
            article.experts.len(),
            m.as_secs_f64() * 1e3
        );
    }
}
