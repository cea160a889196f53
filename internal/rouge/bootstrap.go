package rouge

import (
	"math/rand/v2"
	"slices"
)

// Bootstrap parameters, as rouge.py's bootstrap_ci defaults.
const (
	bootstrapSamples = 1000
	bootstrapSeed    = 12345
	bootstrapAlpha   = 0.05
)

// Bootstrap returns the mean of values and a 95% percentile-bootstrap
// confidence interval of that mean, with rouge.py's bootstrap_ci method:
// 1000 resamples of len(values) values drawn uniformly with replacement from
// a deterministically seeded generator, the resample means sorted, lo the
// one at index int(0.025×1000) = 25 and hi the one at index
// min(999, int(0.975×1000)) = 975.
//
// The generator is Go's PCG seeded with 12345, not Python's Mersenne
// Twister, so lo and hi differ from rouge.py's in the last digits; the
// result is deterministic. An empty input gives zeros.
func Bootstrap(values []float64) (mean, lo, hi float64) {
	k := len(values)
	if k == 0 {
		return 0, 0, 0
	}
	sum := 0.0
	for _, v := range values {
		sum += v
	}
	mean = sum / float64(k)

	rng := rand.New(rand.NewPCG(bootstrapSeed, 0))
	means := make([]float64, bootstrapSamples)
	for i := range means {
		s := 0.0
		for range k {
			s += values[rng.IntN(k)]
		}
		means[i] = s / float64(k)
	}
	slices.Sort(means)
	lo = means[int(bootstrapAlpha/2*bootstrapSamples)]
	hi = means[min(bootstrapSamples-1, int((1-bootstrapAlpha/2)*bootstrapSamples))]
	return mean, lo, hi
}
