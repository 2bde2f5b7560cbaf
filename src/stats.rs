//! Descriptive statistics for a group of people (the `cohort` command).
//!
//! Pure maths, no I/O. Every function returns `None` where the statistic is undefined (too few
//! values, zero variance, a non-finite result) instead of a `NaN` or an infinity, so callers can
//! print "n/a" without checking floats themselves.
//!
//! The reliability functions ([`cronbach_alpha`], [`item_total_correlations`], [`item_stats`])
//! take one row per person and one column per item, with `None` for an unanswered item. They
//! share one pairwise-complete covariance matrix, computed the way R's
//! `cov(x, use = "pairwise")` and pandas' `DataFrame.cov` do, so the results equal
//! `psych::alpha(x, use = "pairwise")` and `pingouin.cronbach_alpha` (its default
//! `nan_policy = "pairwise"`). One difference: psych first drops items with zero variance
//! (`delete = TRUE`); here such items stay in, so the caller decides.

/// Arithmetic mean: `Σx / n`. `None` when `xs` is empty.
///
/// Computed as `x₀ + Σ(x − x₀) / n` (differences from the first value): the same number up to
/// rounding, but exact for constant data, so their [`sd`] is exactly 0.
pub fn mean(xs: &[f64]) -> Option<f64> {
    (!xs.is_empty()).then(|| mean_of(xs))
}

/// Sample standard deviation, with the `n − 1` denominator (R's `sd`, numpy's `std(ddof=1)`):
/// `sqrt(Σ(x − mean)² / (n − 1))`. `None` when there are fewer than 2 values or the result is
/// not finite.
pub fn sd(xs: &[f64]) -> Option<f64> {
    if xs.len() < 2 {
        return None;
    }
    let m = mean_of(xs);
    let ss: f64 = xs.iter().map(|x| (x - m) * (x - m)).sum();
    finite((ss / (xs.len() - 1) as f64).sqrt())
}

/// The `p`-quantile (`0 ≤ p ≤ 1`) of `sorted` by linear interpolation between the closest
/// ranks: R's default `quantile(type = 7)`, numpy's default `percentile`/`quantile`, Excel's
/// `PERCENTILE.INC`.
///
/// With `h = (n − 1)·p` (0-based), the result is `x[⌊h⌋] + (h − ⌊h⌋)·(x[⌈h⌉] − x[⌊h⌋])`, so
/// `p = 0` gives the minimum, `p = 1` the maximum and `p = 0.5` the median.
///
/// `sorted` must be sorted ascending and hold no `NaN` (checked only in debug builds). `None`
/// when `sorted` is empty or `p` is outside `[0, 1]` or `NaN`. The result is clamped to
/// `[x[⌊h⌋], x[⌈h⌉]]` as a guard against rounding, so it is monotone in `p` and within
/// `[min, max]`.
pub fn quantile(sorted: &[f64], p: f64) -> Option<f64> {
    debug_assert!(
        sorted.windows(2).all(|w| w[0] <= w[1]),
        "quantile: input must be sorted ascending and hold no NaN"
    );
    if sorted.is_empty() || !(0.0..=1.0).contains(&p) {
        return None;
    }
    let last = sorted.len() - 1;
    // 0 ≤ h ≤ last: the product of `last` and a p ≤ 1 rounds to at most `last`.
    let h = last as f64 * p;
    let lo = h.floor() as usize;
    let hi = (h.ceil() as usize).min(last);
    let (a, b) = (sorted[lo], sorted[hi]);
    let t = h - lo as f64;
    if t == 0.0 || a == b {
        return Some(a);
    }
    let d = b - a;
    // `b − a` overflows only when a < 0 < b, where the weighted form cannot.
    let v = if d.is_finite() {
        a + t * d
    } else {
        (1.0 - t) * a + t * b
    };
    Some(v.max(a).min(b))
}

/// The percentage of `values` at or below `x`, counting ties as half (the `"mean"` kind of
/// `scipy.stats.percentileofscore`):
/// `100 · (count(v < x) + ½·count(v = x)) / n`.
///
/// `values` need not be sorted. `None` when `values` is empty. `NaN`s in `values` count as
/// neither below nor equal (but still count in `n`).
pub fn percentile_rank(values: &[f64], x: f64) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let (below, equal) = values.iter().fold((0usize, 0usize), |(b, e), &v| {
        if v < x {
            (b + 1, e)
        } else if v == x {
            (b, e + 1)
        } else {
            (b, e)
        }
    });
    Some(100.0 * (below as f64 + 0.5 * equal as f64) / values.len() as f64)
}

/// Cronbach's alpha and the corrected item–total correlations of one set of items, both from
/// the same pairwise covariance matrix (see [`item_stats`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ItemStats {
    /// [`cronbach_alpha`].
    pub alpha: Option<f64>,
    /// [`item_total_correlations`]: one entry per item, in column order.
    pub item_total: Vec<Option<f64>>,
}

/// Cronbach's alpha and every item's corrected item–total correlation, computing the pairwise
/// covariance matrix once. `rows` is one row per person, one column per item (`None` =
/// unanswered); see [`cronbach_alpha`] and [`item_total_correlations`] for the formulas and
/// the `None` cases.
pub fn item_stats(rows: &[Vec<Option<f64>>]) -> ItemStats {
    let k = items(rows);
    match pairwise_cov(rows) {
        Some(c) => ItemStats {
            alpha: alpha_of(&c),
            item_total: (0..k).map(|i| item_total_of(&c, i)).collect(),
        },
        None => ItemStats {
            alpha: None,
            item_total: vec![None; k],
        },
    }
}

/// Cronbach's alpha with pairwise deletion of missing answers: the same number as
/// `pingouin.cronbach_alpha` and `psych::alpha(x, use = "pairwise")` (`raw_alpha`).
///
/// `rows` is one row per person and one column per item; every row must have the same length
/// `k` (`None` = unanswered). With `C` the pairwise-complete covariance matrix of the items —
/// `C[i][j]` is the sample covariance (`n − 1` denominator) over the people who answered both
/// `i` and `j`, so `C[i][i]` is the variance over the people who answered `i` —
///
/// `alpha = k / (k − 1) · (1 − trace(C) / sum(C))`
///
/// where `sum(C)` sums every entry (the variance of the total score when no answer is missing).
///
/// `None` when `k < 2`; when fewer than 2 people answered some pair of items (including a
/// single item), so a covariance is undefined; when rows differ in length; when `sum(C)` is
/// zero — taken as `|sum(C)| ≤ 1e-12·(Σ sd_i)²`, so that a sum that is zero only up to
/// rounding does not turn into an alpha of ±10¹⁷ — or when anything is not finite.
pub fn cronbach_alpha(rows: &[Vec<Option<f64>>]) -> Option<f64> {
    alpha_of(&pairwise_cov(rows)?)
}

/// Each item's corrected item–total correlation, the correlation of the item with the sum of
/// the *other* items (`r.drop` of `psych::alpha`), from the same pairwise covariance matrix `C`
/// as [`cronbach_alpha`]:
///
/// `r_i = Σ_{j≠i} C[i][j] / sqrt(C[i][i] · Σ_{j≠i} Σ_{l≠i} C[j][l])`
///
/// With no missing answers this is exactly the Pearson correlation of item `i` with the rest
/// score. With missing answers `C` need not be positive semi-definite, so a value can fall
/// slightly outside `[−1, 1]`; it is returned as computed, like psych does.
///
/// Returns one entry per item (the length of the first row; empty for no rows). An entry is
/// `None` when `k < 2`, when the item has zero variance, when the rest score's variance
/// `Σ_{j≠i} Σ_{l≠i} C[j][l]` is not positive (zero up to rounding, as for alpha), when a
/// covariance it needs is undefined (fewer than 2 people in common), when rows differ in
/// length, or when the result is not finite.
pub fn item_total_correlations(rows: &[Vec<Option<f64>>]) -> Vec<Option<f64>> {
    item_stats(rows).item_total
}

/// Sums of squares and cross-products smaller than this share of their largest possible value
/// (`(Σ sd)²`) are zero up to rounding.
const ZERO_SHARE: f64 = 1e-12;

/// The number of items: the length of the first row.
fn items(rows: &[Vec<Option<f64>>]) -> usize {
    rows.first().map_or(0, Vec::len)
}

/// The pairwise-complete sample covariance matrix of the items (`k × k`, symmetric), `None`
/// in an entry where fewer than 2 people answered both items or the value is not finite.
/// `None` overall when the rows differ in length.
fn pairwise_cov(rows: &[Vec<Option<f64>>]) -> Option<Vec<Vec<Option<f64>>>> {
    let k = items(rows);
    if rows.iter().any(|r| r.len() != k) {
        return None;
    }
    let mut c = vec![vec![None; k]; k];
    let (mut xs, mut ys) = (
        Vec::with_capacity(rows.len()),
        Vec::with_capacity(rows.len()),
    );
    for i in 0..k {
        for j in i..k {
            xs.clear();
            ys.clear();
            for r in rows {
                if let (Some(x), Some(y)) = (r[i], r[j]) {
                    xs.push(x);
                    ys.push(y);
                }
            }
            let v = covariance(&xs, &ys);
            c[i][j] = v;
            c[j][i] = v;
        }
    }
    Some(c)
}

/// Sample covariance `Σ(x − x̄)(y − ȳ) / (n − 1)` of paired values; `None` when `n < 2` or the
/// result is not finite.
fn covariance(xs: &[f64], ys: &[f64]) -> Option<f64> {
    debug_assert_eq!(xs.len(), ys.len());
    if xs.len() < 2 {
        return None;
    }
    let (mx, my) = (mean_of(xs), mean_of(ys));
    let sp: f64 = xs.iter().zip(ys).map(|(x, y)| (x - mx) * (y - my)).sum();
    finite(sp / (xs.len() - 1) as f64)
}

/// Alpha from the covariance matrix; see [`cronbach_alpha`].
fn alpha_of(c: &[Vec<Option<f64>>]) -> Option<f64> {
    let k = c.len();
    if k < 2 {
        return None;
    }
    let (mut trace, mut total, mut sd_sum) = (0.0, 0.0, 0.0);
    for (i, row) in c.iter().enumerate() {
        for (j, v) in row.iter().enumerate() {
            let v = (*v)?;
            total += v;
            if i == j {
                trace += v;
                sd_sum += v.sqrt();
            }
        }
    }
    if !total.is_finite() || total.abs() <= ZERO_SHARE * sd_sum * sd_sum {
        return None;
    }
    finite(k as f64 / (k - 1) as f64 * (1.0 - trace / total))
}

/// The corrected item–total correlation of item `i`; see [`item_total_correlations`].
fn item_total_of(c: &[Vec<Option<f64>>], i: usize) -> Option<f64> {
    if c.len() < 2 {
        return None;
    }
    let var_i = c[i][i]?;
    if var_i <= 0.0 {
        return None;
    }
    let (mut cov_rest, mut var_rest, mut sd_sum) = (0.0, 0.0, 0.0);
    for (j, row) in c.iter().enumerate() {
        if j == i {
            continue;
        }
        cov_rest += row[i]?;
        for (l, v) in row.iter().enumerate() {
            if l == i {
                continue;
            }
            let v = (*v)?;
            var_rest += v;
            if l == j {
                sd_sum += v.sqrt();
            }
        }
    }
    if var_rest <= ZERO_SHARE * sd_sum * sd_sum {
        return None;
    }
    finite(cov_rest / (var_i * var_rest).sqrt())
}

/// The mean of a non-empty slice, summing differences from the first value (exact for constant
/// data); falls back to the plain `Σx / n` when that is not finite (an infinite first value,
/// or differences that overflow).
fn mean_of(xs: &[f64]) -> f64 {
    let n = xs.len() as f64;
    let x0 = xs[0];
    let shifted = x0 + xs.iter().map(|x| x - x0).sum::<f64>() / n;
    if shifted.is_finite() {
        shifted
    } else {
        xs.iter().sum::<f64>() / n
    }
}

fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Marks a missing answer in the embedded tables.
    const NA: f64 = f64::NAN;

    /// `/work/shared/data/cronbach_alpha_wide.csv`: pingouin's `cronbach_alpha` dataset,
    /// 15 people × 10 items on a 1..7 scale.
    const WIDE: [[f64; 10]; 15] = [
        [3.0, 2.0, 4.0, 1.0, 4.0, 5.0, 1.0, 4.0, 3.0, 2.0],
        [5.0, 4.0, 6.0, 3.0, 5.0, 1.0, 2.0, 5.0, 5.0, 5.0],
        [7.0, 3.0, 5.0, 5.0, 6.0, 4.0, 3.0, 3.0, 6.0, 5.0],
        [2.0, 4.0, 3.0, 3.0, 2.0, 2.0, 2.0, 6.0, 6.0, 3.0],
        [6.0, 5.0, 6.0, 5.0, 4.0, 4.0, 4.0, 6.0, 7.0, 5.0],
        [1.0, 2.0, 3.0, 4.0, 2.0, 5.0, 2.0, 3.0, 5.0, 2.0],
        [4.0, 3.0, 5.0, 3.0, 5.0, 2.0, 1.0, 2.0, 4.0, 3.0],
        [2.0, 4.0, 4.0, 3.0, 7.0, 2.0, 2.0, 4.0, 6.0, 5.0],
        [6.0, 5.0, 5.0, 5.0, 1.0, 6.0, 5.0, 2.0, 3.0, 2.0],
        [5.0, 4.0, 6.0, 4.0, 3.0, 5.0, 3.0, 1.0, 7.0, 2.0],
        [4.0, 3.0, 5.0, 2.0, 5.0, 3.0, 2.0, 3.0, 4.0, 1.0],
        [4.0, 2.0, 3.0, 2.0, 5.0, 3.0, 4.0, 2.0, 3.0, 4.0],
        [5.0, 5.0, 6.0, 2.0, 3.0, 3.0, 2.0, 4.0, 4.0, 5.0],
        [6.0, 5.0, 5.0, 4.0, 2.0, 2.0, 1.0, 4.0, 6.0, 5.0],
        [4.0, 3.0, 5.0, 5.0, 3.0, 1.0, 3.0, 2.0, 3.0, 4.0],
    ];

    /// `/work/shared/data/cronbach_wide_missing.csv`: pingouin's `cronbach_wide_missing`
    /// dataset, 12 people × 11 binary items, `NA` = blank.
    const MISSING: [[f64; 11]; 12] = [
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 1.0, 0.0],
        [NA, 0.0, 1.0, 1.0, NA, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0],
        [1.0, 1.0, 1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0, 0.0, 0.0],
        [1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0],
        [0.0, 1.0, NA, 0.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0],
        [1.0, 1.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0],
        [1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        [0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0],
        [1.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, NA, 0.0, 0.0],
        [1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        [1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
    ];

    /// Rows of a table, `NaN` becoming `None`.
    fn rows<const K: usize>(table: &[[f64; K]]) -> Vec<Vec<Option<f64>>> {
        table
            .iter()
            .map(|r| r.iter().map(|&v| (!v.is_nan()).then_some(v)).collect())
            .collect()
    }

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    #[track_caller]
    fn assert_close(actual: Option<f64>, expected: f64, tol: f64) {
        let a = actual.expect("a value");
        assert!(close(a, expected, tol), "{a:?} is not {expected:?} ± {tol}");
    }

    /// Pearson correlation written out directly, independent of the covariance matrix.
    fn pearson(x: &[f64], y: &[f64]) -> Option<f64> {
        let n = x.len() as f64;
        let mx = x.iter().sum::<f64>() / n;
        let my = y.iter().sum::<f64>() / n;
        let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
        for (a, b) in x.iter().zip(y) {
            sxy += (a - mx) * (b - my);
            sxx += (a - mx) * (a - mx);
            syy += (b - my) * (b - my);
        }
        (sxx > 0.0 && syy > 0.0).then(|| sxy / (sxx * syy).sqrt())
    }

    /// Item `i` and the sum of the other items, per person, for complete data.
    fn item_and_rest(rows: &[Vec<Option<f64>>], i: usize) -> (Vec<f64>, Vec<f64>) {
        rows.iter()
            .map(|r| {
                let rest = r
                    .iter()
                    .enumerate()
                    .filter(|&(j, _)| j != i)
                    .map(|(_, v)| v.unwrap())
                    .sum::<f64>();
                (r[i].unwrap(), rest)
            })
            .unzip()
    }

    /// Textbook alpha for complete data: `k/(k−1) · (1 − Σ var(item) / var(total))`.
    fn classical_alpha(rows: &[Vec<Option<f64>>]) -> Option<f64> {
        let k = rows[0].len();
        let item_vars: f64 = (0..k)
            .map(|i| {
                let col: Vec<f64> = rows.iter().map(|r| r[i].unwrap()).collect();
                sd(&col).unwrap().powi(2)
            })
            .sum();
        let totals: Vec<f64> = rows
            .iter()
            .map(|r| r.iter().map(|v| v.unwrap()).sum())
            .collect();
        let var_total = sd(&totals)?.powi(2);
        Some(k as f64 / (k - 1) as f64 * (1.0 - item_vars / var_total))
    }

    #[test]
    fn mean_and_sd_by_hand() {
        let xs = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
        assert_eq!(mean(&xs), Some(5.0));
        // Σ(x − 5)² = 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32, over n − 1 = 7.
        assert_close(sd(&xs), (32.0f64 / 7.0).sqrt(), 1e-15);
        assert_eq!(mean(&[-3.5]), Some(-3.5));
        assert_close(sd(&[1.0, 2.0]), 0.5f64.sqrt(), 1e-15);
        // Constant data: exactly zero spread, exact mean (0.1 + 0.1 + 0.1 ≠ 0.3 in floats).
        assert_eq!(mean(&[0.1, 0.1, 0.1]), Some(0.1));
        assert_eq!(sd(&[0.1, 0.1, 0.1]), Some(0.0));
        // Far from zero.
        assert_close(sd(&[1e9 + 1.0, 1e9 + 2.0, 1e9 + 3.0]), 1.0, 1e-12);
    }

    #[test]
    fn mean_and_sd_none_cases() {
        assert_eq!(mean(&[]), None);
        assert_eq!(sd(&[]), None);
        assert_eq!(sd(&[4.0]), None);
        assert_eq!(sd(&[f64::INFINITY, 1.0]), None);
        assert_eq!(mean(&[f64::INFINITY, 1.0]), Some(f64::INFINITY));
    }

    #[test]
    fn quantile_matches_r_type_7() {
        let xs = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(quantile(&xs, 0.25), Some(1.75));
        assert_eq!(quantile(&xs, 0.5), Some(2.5));
        assert_eq!(quantile(&xs, 0.75), Some(3.25));
        assert_eq!(quantile(&xs, 0.0), Some(1.0));
        assert_eq!(quantile(&xs, 1.0), Some(4.0));
        // R: quantile(c(10, 20, 30, 40, 50), 0.1) = 14; quantile(c(1, 3, 7, 15), 0.9) = 12.6.
        assert_close(quantile(&[10.0, 20.0, 30.0, 40.0, 50.0], 0.1), 14.0, 1e-12);
        assert_close(quantile(&[1.0, 3.0, 7.0, 15.0], 0.9), 12.6, 1e-12);
        // Odd length: the median is the middle value.
        assert_eq!(quantile(&[1.0, 5.0, 100.0], 0.5), Some(5.0));
        // Ties.
        assert_eq!(quantile(&[2.0, 2.0, 2.0, 9.0], 0.5), Some(2.0));
    }

    #[test]
    fn quantile_single_and_none_cases() {
        for p in [0.0, 0.3, 0.5, 1.0] {
            assert_eq!(quantile(&[7.5], p), Some(7.5));
        }
        assert_eq!(quantile(&[], 0.5), None);
        assert_eq!(quantile(&[1.0, 2.0], -0.01), None);
        assert_eq!(quantile(&[1.0, 2.0], 1.01), None);
        assert_eq!(quantile(&[1.0, 2.0], f64::NAN), None);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "sorted ascending")]
    fn quantile_rejects_unsorted_input_in_debug() {
        let _ = quantile(&[3.0, 1.0, 2.0], 0.5);
    }

    #[test]
    fn percentile_rank_counts_ties_as_half() {
        // scipy.stats.percentileofscore([1, 2, 3, 4], 3, kind="mean") = 62.5
        assert_eq!(percentile_rank(&[1.0, 2.0, 3.0, 4.0], 3.0), Some(62.5));
        let vs = [3.0, 1.0, 4.0, 3.0, 2.0];
        // (2 below + ½·2 equal) / 5
        assert_eq!(percentile_rank(&vs, 3.0), Some(60.0));
        assert_eq!(percentile_rank(&vs, 4.0), Some(90.0));
        assert_eq!(percentile_rank(&vs, 2.5), Some(40.0));
        assert_eq!(percentile_rank(&vs, 0.0), Some(0.0));
        assert_eq!(percentile_rank(&vs, 10.0), Some(100.0));
        assert_eq!(percentile_rank(&[5.0, 5.0], 5.0), Some(50.0));
        assert_eq!(percentile_rank(&[], 1.0), None);
    }

    #[test]
    fn alpha_matches_pingouin_on_complete_data() {
        assert_close(cronbach_alpha(&rows(&WIDE)), 0.5917188485995826, 1e-12);
    }

    #[test]
    fn alpha_matches_pingouin_pairwise_on_missing_data() {
        assert_close(cronbach_alpha(&rows(&MISSING)), 0.732660835214447, 1e-12);
    }

    #[test]
    fn alpha_matches_pingouin_listwise_on_missing_data() {
        let complete: Vec<_> = rows(&MISSING)
            .into_iter()
            .filter(|r| r.iter().all(Option::is_some))
            .collect();
        assert_eq!(complete.len(), 9);
        assert_close(cronbach_alpha(&complete), 0.8016949152542373, 1e-12);
    }

    #[test]
    fn alpha_equals_textbook_formula_on_complete_data() {
        let r = rows(&WIDE);
        assert_close(cronbach_alpha(&r), classical_alpha(&r).unwrap(), 1e-12);
    }

    #[test]
    fn item_total_equals_pearson_with_rest_on_complete_data() {
        let r = rows(&WIDE);
        let got = item_total_correlations(&r);
        assert_eq!(got.len(), 10);
        for (i, g) in got.iter().enumerate() {
            let (item, rest) = item_and_rest(&r, i);
            let want = pearson(&item, &rest).unwrap();
            assert_close(*g, want, 1e-12);
        }
    }

    #[test]
    fn item_total_with_two_items_is_their_correlation() {
        let r = rows(&[[1.0, 2.0], [2.0, 1.0], [3.0, 5.0], [4.0, 3.0]]);
        let want = pearson(&[1.0, 2.0, 3.0, 4.0], &[2.0, 1.0, 5.0, 3.0]).unwrap();
        let got = item_total_correlations(&r);
        assert_close(got[0], want, 1e-12);
        assert_close(got[1], want, 1e-12);
    }

    #[test]
    fn item_total_on_missing_data_is_psych_r_drop() {
        // Written out from the definition for item 0, with the covariances taken over the
        // people who answered both items.
        let r = rows(&MISSING);
        let k = 11;
        let cov = |i: usize, j: usize| {
            let (x, y): (Vec<f64>, Vec<f64>) =
                r.iter().filter_map(|p| Some((p[i]?, p[j]?))).unzip();
            let n = x.len() as f64;
            let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
            x.iter()
                .zip(&y)
                .map(|(a, b)| (a - mx) * (b - my))
                .sum::<f64>()
                / (n - 1.0)
        };
        let c_drop: f64 = (1..k).map(|j| cov(0, j)).sum();
        let v_drop: f64 = (1..k)
            .flat_map(|j| (1..k).map(move |l| (j, l)))
            .map(|(j, l)| cov(j, l))
            .sum();
        let want = c_drop / (cov(0, 0) * v_drop).sqrt();
        let stats = item_stats(&r);
        assert_close(stats.item_total[0], want, 1e-12);
        assert_eq!(stats.item_total.len(), k);
        assert!(stats.item_total.iter().all(Option::is_some));
        assert_eq!(stats.alpha, cronbach_alpha(&r));
        assert_eq!(stats.item_total, item_total_correlations(&r));
    }

    #[test]
    fn none_cases() {
        // One item.
        let one_item = rows(&[[1.0], [2.0], [4.0]]);
        assert_eq!(cronbach_alpha(&one_item), None);
        assert_eq!(item_total_correlations(&one_item), vec![None]);
        // One person.
        let one_person = rows(&[[1.0, 2.0, 3.0]]);
        assert_eq!(cronbach_alpha(&one_person), None);
        assert_eq!(item_total_correlations(&one_person), vec![None; 3]);
        // Nobody.
        assert_eq!(cronbach_alpha(&[]), None);
        assert_eq!(item_total_correlations(&[]), Vec::<Option<f64>>::new());
        // Items 0 and 1 never answered by the same two people: their covariance is undefined.
        let disjoint = rows(&[
            [1.0, NA, 3.0],
            [2.0, NA, 1.0],
            [NA, 5.0, 2.0],
            [NA, 4.0, 4.0],
        ]);
        assert_eq!(cronbach_alpha(&disjoint), None);
        assert_eq!(item_total_correlations(&disjoint), vec![None; 3]);
        // Every item constant: sum(C) = 0.
        let flat = rows(&[[3.0, 0.1], [3.0, 0.1], [3.0, 0.1]]);
        assert_eq!(cronbach_alpha(&flat), None);
        assert_eq!(item_total_correlations(&flat), vec![None; 2]);
        // Two items that cancel (y = 1.3 − x): sum(C) = var + var − 2·var is zero, but only
        // up to rounding, which must not become an alpha of ±10¹⁷.
        let cancel = rows(&[[0.84, 0.46], [0.74, 0.56], [0.67, 0.63], [0.31, 0.99]]);
        let c = pairwise_cov(&cancel).unwrap();
        let sum: f64 = c.iter().flatten().map(|v| v.unwrap()).sum();
        assert!(sum != 0.0 && sum.abs() < 1e-15, "{sum:e}");
        assert_eq!(cronbach_alpha(&cancel), None);
        // Each item's rest score is the other item, so r.drop is defined: −1.
        for r in item_total_correlations(&cancel) {
            assert_close(r, -1.0, 1e-12);
        }
        // Ragged rows.
        let ragged = vec![vec![Some(1.0), Some(2.0)], vec![Some(1.0)]];
        assert_eq!(cronbach_alpha(&ragged), None);
        assert_eq!(item_total_correlations(&ragged), vec![None; 2]);
    }

    #[test]
    fn constant_item_has_no_item_total_but_alpha_is_defined() {
        let r = rows(&[
            [1.0, 2.0, 5.0],
            [2.0, 3.0, 5.0],
            [4.0, 3.0, 5.0],
            [5.0, 6.0, 5.0],
        ]);
        let s = item_stats(&r);
        assert_eq!(s.item_total[2], None);
        assert!(s.item_total[0].is_some() && s.item_total[1].is_some());
        // The constant item adds k but no variance: alpha = 3/2 · (1 − (v0 + v1)/(v0 + v1 + 2c)).
        let c = covariance(&[1.0, 2.0, 4.0, 5.0], &[2.0, 3.0, 3.0, 6.0]).unwrap();
        let v0 = sd(&[1.0, 2.0, 4.0, 5.0]).unwrap().powi(2);
        let v1 = sd(&[2.0, 3.0, 3.0, 6.0]).unwrap().powi(2);
        assert_close(
            s.alpha,
            1.5 * (1.0 - (v0 + v1) / (v0 + v1 + 2.0 * c)),
            1e-12,
        );
    }

    /// People × items on a 1..7 scale with about one answer in seven missing, and a
    /// permutation of the items.
    fn survey() -> impl Strategy<Value = (Vec<Vec<Option<f64>>>, Vec<usize>)> {
        (2usize..8, 2usize..25).prop_flat_map(|(k, n)| {
            let answer = proptest::option::weighted(0.85, (1i32..=7).prop_map(f64::from));
            (
                proptest::collection::vec(proptest::collection::vec(answer, k), n),
                Just((0..k).collect::<Vec<_>>()).prop_shuffle(),
            )
        })
    }

    /// Complete data: people × items on a 1..7 scale.
    fn complete_survey() -> impl Strategy<Value = Vec<Vec<Option<f64>>>> {
        (2usize..8, 2usize..25).prop_flat_map(|(k, n)| {
            let answer = (1i32..=7).prop_map(|v| Some(f64::from(v)));
            proptest::collection::vec(proptest::collection::vec(answer, k), n)
        })
    }

    fn sorted_values() -> impl Strategy<Value = Vec<f64>> {
        let value = prop_oneof![-1e6..1e6f64, proptest::num::f64::NORMAL, Just(0.0)];
        proptest::collection::vec(value, 1..40).prop_map(|mut v| {
            v.sort_by(f64::total_cmp);
            v
        })
    }

    proptest! {
        #[test]
        fn alpha_is_unchanged_when_items_are_reordered((data, perm) in survey()) {
            let permuted: Vec<Vec<Option<f64>>> =
                data.iter().map(|r| perm.iter().map(|&j| r[j]).collect()).collect();
            let (a, b) = (cronbach_alpha(&data), cronbach_alpha(&permuted));
            match (a, b) {
                (Some(a), Some(b)) => prop_assert!(close(a, b, 1e-9 * (1.0 + a.abs())), "{} vs {}", a, b),
                _ => prop_assert_eq!(a, b),
            }
            // Item-total correlations move with their items.
            let (ta, tb) = (item_total_correlations(&data), item_total_correlations(&permuted));
            for (new, &old) in perm.iter().enumerate() {
                match (ta[old], tb[new]) {
                    (Some(x), Some(y)) => prop_assert!(close(x, y, 1e-9)),
                    (x, y) => prop_assert_eq!(x, y),
                }
            }
        }

        #[test]
        fn complete_data_matches_direct_formulas(data in complete_survey()) {
            let a = cronbach_alpha(&data);
            match (a, classical_alpha(&data)) {
                (Some(a), Some(b)) => prop_assert!(close(a, b, 1e-9 * (1.0 + a.abs()))),
                // The textbook form divides by var(total) = 0 where ours gives None.
                (None, b) => prop_assert!(b.is_none_or(|b| !b.is_finite())),
                (Some(a), None) => prop_assert!(false, "alpha {} but no total variance", a),
            }
            for (i, got) in item_total_correlations(&data).into_iter().enumerate() {
                let (item, rest) = item_and_rest(&data, i);
                match (got, pearson(&item, &rest)) {
                    (Some(g), Some(w)) => prop_assert!(close(g, w, 1e-9), "{} vs {}", g, w),
                    (g, w) => prop_assert_eq!(g, w),
                }
            }
        }

        #[test]
        fn quantile_is_monotone_and_within_range(xs in sorted_values(), p in 0.0..=1.0f64, q in 0.0..=1.0f64) {
            let (lo, hi) = if p <= q { (p, q) } else { (q, p) };
            let (a, b) = (quantile(&xs, lo).unwrap(), quantile(&xs, hi).unwrap());
            prop_assert!(a <= b, "q({}) = {} > q({}) = {}", lo, a, hi, b);
            let (min, max) = (xs[0], xs[xs.len() - 1]);
            prop_assert!(min <= a && b <= max);
            prop_assert_eq!(quantile(&xs, 0.0), Some(min));
            prop_assert_eq!(quantile(&xs, 1.0), Some(max));
        }

        #[test]
        fn percentile_rank_is_a_percentage(xs in sorted_values(), x in -1e6..1e6f64) {
            let r = percentile_rank(&xs, x).unwrap();
            prop_assert!((0.0..=100.0).contains(&r));
        }
    }
}
