package main

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/fit"
)

// rankSettings checks and gathers the rank stage's flags.
func rankSettings(on bool, features string, l2, acceptable float64, rethreshold bool, least int, graded float64, offset bool) (rankOptions, error) {
	ro := rankOptions{on: on, l2: l2, acceptable: acceptable, rethreshold: rethreshold, min: least, graded: graded, offset: offset}
	names := briefing.RankFeatureNames()
	own := 0
	for own < len(names) && strings.HasPrefix(names[own], "rank_") {
		own++
	}
	switch features {
	case "own":
		ro.features = names[:own]
	case "all":
		ro.features = names
	default:
		for _, f := range strings.Split(features, ",") {
			f = strings.TrimSpace(f)
			if !slices.Contains(names, f) {
				return ro, fmt.Errorf("-rank-features: no rank feature %q", f)
			}
			ro.features = append(ro.features, f)
		}
	}
	if offset && !slices.Contains(ro.features, "rank_log_odds") {
		return ro, fmt.Errorf("-rank-offset corrects the log-odds: -rank-features must hold rank_log_odds")
	}
	if l2 <= 0 || acceptable < 0 || graded < 0 || least < 2 {
		return ro, fmt.Errorf("-rank-l2 must be above 0, -rank-acceptable and -rank-graded at least 0, -rank-min at least 2")
	}
	return ro, nil
}

// rankVariants parses -variants: each a list of flag=value settings of
// the rank stage that override base.
func rankVariants(base rankOptions, spec string) ([]rankOptions, error) {
	var out []rankOptions
	for _, v := range strings.Split(spec, ";") {
		on, feats, l2, acc, reth, least, graded, offset := base.on, strings.Join(base.features, ","), base.l2, base.acceptable, base.rethreshold, base.min, base.graded, base.offset
		gate := base.gate
		for _, kv := range strings.Fields(v) {
			k, val, _ := strings.Cut(kv, "=")
			var err error
			switch k {
			case "rank":
				on, err = strconv.ParseBool(val)
			case "rank-features":
				feats = val
			case "rank-l2":
				l2, err = strconv.ParseFloat(val, 64)
			case "rank-acceptable":
				acc, err = strconv.ParseFloat(val, 64)
			case "rank-rethreshold":
				reth, err = strconv.ParseBool(val)
			case "rank-min":
				least, err = strconv.Atoi(val)
			case "rank-graded":
				graded, err = strconv.ParseFloat(val, 64)
			case "rank-offset":
				offset, err = strconv.ParseBool(val)
			case "gate-l2":
				gate.l2, err = strconv.ParseFloat(val, 64)
				if err == nil && gate.l2 <= 0 {
					err = fmt.Errorf("must be above 0")
				}
			case "pick-cost":
				gate.pickCost, err = strconv.ParseFloat(val, 64)
			case "gate-band":
				gate.band, err = strconv.ParseBool(val)
			case "gate-oof":
				gate.oof, err = strconv.ParseBool(val)
			case "gate-uncapped":
				gate.uncapped, err = strconv.ParseBool(val)
			case "gate-lex-l2":
				gate.lexL2, err = strconv.ParseFloat(val, 64)
				if err == nil && gate.lexL2 < 0 {
					err = fmt.Errorf("gate-lex-l2 %g: want 0 or more", gate.lexL2)
				}
			case "gate-target":
				gate.target = val
				err = gate.check()
			default:
				err = fmt.Errorf("unknown setting")
			}
			if err != nil {
				return nil, fmt.Errorf("-variants: %q: %v", kv, err)
			}
		}
		ro, err := rankSettings(on, feats, l2, acc, reth, least, graded, offset)
		if err != nil {
			return nil, fmt.Errorf("-variants: %q: %v", v, err)
		}
		ro.gate = gate
		out = append(out, ro)
	}
	return out, nil
}

// String is the settings as -variants reads them.
func (ro rankOptions) String() string {
	feats := strings.Join(ro.features, ",")
	if len(ro.features) == len(briefing.RankFeatureNames()) {
		feats = "all"
	}
	return fmt.Sprintf("rank=%v rank-features=%s rank-l2=%g rank-acceptable=%g rank-rethreshold=%v rank-min=%d rank-graded=%g rank-offset=%v gate-l2=%g pick-cost=%g gate-band=%v gate-oof=%v gate-uncapped=%v gate-target=%s gate-lex-l2=%g", ro.on, feats, ro.l2, ro.acceptable, ro.rethreshold, ro.min, ro.graded, ro.offset, ro.gate.l2, ro.gate.pickCost, ro.gate.band, ro.gate.oof, ro.gate.uncapped, ro.gate.target, ro.gate.lexL2)
}

// grade is how a candidate of label (1, 0, or -1 for acceptable-only)
// should rank: a key outcome above an acceptable one above the rest.
func grade(label float64) int {
	switch {
	case label > 0:
		return 2
	case label < 0:
		return 1
	}
	return 0
}

// fitRank fits the rank stage on docs, each seen through its out-of-fold
// sentence model of models: in every document that lists at least
// ro.min sentences, each pair of listed sentences of different grades is
// a row, the difference of their rank features, whose answer is which one
// ranks higher (each pair both ways round, so that the fit needs no
// intercept); a key outcome over an acceptable or a wrong sentence weighs
// 1, an acceptable over a wrong one ro.acceptable, a key outcome over one
// the annotator ranked lower ro.graded, and each document's pairs
// together weigh 1, so that a communiqué with twenty listed sentences
// counts as much as a release with six. Nil when no document has such
// pairs.
func fitRank(docs []*doc, models []*briefing.OutcomeModel, ro rankOptions) *briefing.RankModel {
	all := briefing.RankFeatureNames()
	cols := make([]int, len(ro.features))
	for k, f := range ro.features {
		cols[k] = slices.Index(all, f)
	}
	var xs [][]float64
	var ys, ws []float64
	used := 0
	for i, d := range docs {
		if d.gold.NoOutcomes {
			continue
		}
		idx, feats := d.cands.RankFeatures(models[i])
		if len(idx) < ro.min {
			continue
		}
		type pair struct {
			hi, lo int
			w      float64
		}
		var pairs []pair
		total := 0.0
		for a := range idx {
			for b := range idx {
				ga, gb := grade(d.labels[idx[a]]), grade(d.labels[idx[b]])
				ra, rb := d.ranks[idx[a]], d.ranks[idx[b]]
				w := 1.0
				switch {
				case ga == 2 && gb == 2 && ra > 0 && rb > ra:
					w = ro.graded // both key outcomes, a ranked first
				case ga <= gb:
					continue
				case ga == 1:
					w = ro.acceptable
				}
				if w > 0 {
					pairs = append(pairs, pair{a, b, w})
					total += w
				}
			}
		}
		if len(pairs) == 0 {
			continue
		}
		used++
		for _, p := range pairs {
			up, down := make([]float64, len(cols)), make([]float64, len(cols))
			for k, c := range cols {
				up[k] = feats[p.hi][c] - feats[p.lo][c]
				down[k] = -up[k]
			}
			xs = append(xs, up, down)
			ys = append(ys, 1, 0)
			ws = append(ws, p.w/total/2, p.w/total/2)
		}
	}
	if used == 0 {
		return nil
	}
	var weights, scale []float64
	if ro.offset {
		weights, scale = fitCorrection(xs, ys, ws, ro.l2*float64(used), slices.Index(ro.features, "rank_log_odds"))
	} else {
		_, weights, _, scale = fit.Logistic(xs, ys, ws, ro.l2*float64(used))
	}
	how := "Logistic regression"
	if ro.offset {
		how = "A correction to the sentence model's log-odds (their weight held at 1, the rank_log_odds weight includes it), fitted by coordinate descent as a logistic regression"
	}
	graded := ""
	if ro.graded > 0 {
		graded = fmt.Sprintf(", a key outcome over one the annotator ranked lower (weight %g)", ro.graded)
	}
	r := &briefing.RankModel{
		Description: "Orders the sentences the sentence model lists in a document before the first five are picked: a linear score of features of the sentence against the document's other listed sentences (the model's log-odds and place, the title's words, the gist the listed sentences share, an echo of a surer one, digits and names) and of sentence features.",
		Fit:         fmt.Sprintf("%s on the differences of the features of pairs of one document's listed sentences, a key outcome over an acceptable or a wrong one (weight 1), an acceptable one over a wrong one (weight %g)%s, each pair both ways, each document's pairs weighing 1 in all, in the %d training documents that list at least %d sentences under their out-of-fold sentence models; L2 penalty %g per document", how, ro.acceptable, graded, used, ro.min, ro.l2),
	}
	for k, f := range ro.features {
		// The differences are symmetric, so their mean is 0; a feature
		// that never differs within a document gets no weight and is
		// left out, as is one whose weight rounds to 0.
		w, sc := fit.Round(weights[k]), fit.Round(scale[k])
		if w == 0 || sc == 0 {
			continue
		}
		r.Features = append(r.Features, briefing.OutcomeFeature{Name: f, Weight: w, Mean: 0, Scale: sc})
	}
	return r
}

// fitCorrection fits the rank stage as a correction to the sentence
// model's log-odds: each row of xs (differences of rank features, column
// lo the log-odds', which must be there) starts from its log-odds
// difference with weight 1, and the standardised weights of the features,
// with total penalty lambda, say what they leave unexplained (by the
// lexical block's coordinate descent, the features as its buckets). The
// weight returned for column lo includes the fixed 1 (its scale).
func fitCorrection(xs [][]float64, ys, ws []float64, lambda float64, lo int) (weights, scale []float64) {
	nf := len(xs[0])
	scale = make([]float64, nf)
	for _, r := range xs {
		for k, v := range r {
			scale[k] += v * v // the mean of symmetric differences is 0
		}
	}
	for k := range scale {
		scale[k] = math.Sqrt(scale[k] / float64(len(xs)))
		if scale[k] < 1e-9 {
			scale[k] = 1
		}
	}
	rows := make([]sparseRow, len(xs))
	offset := make([]float64, len(xs))
	for i, r := range xs {
		offset[i] = r[lo]
		for k, v := range r {
			if v != 0 {
				rows[i].buckets = append(rows[i].buckets, uint32(k))
				rows[i].counts = append(rows[i].counts, v/scale[k])
			}
		}
	}
	weights = fitLexical(rows, offset, ys, ws, lambda)[:nf]
	weights[lo] += scale[lo]
	return weights, scale
}
