// Package logit fits L2-penalised logistic regressions by Newton's method:
// the trainers of brief's learned scorers (the sentence ranker, the
// outcome model) share it, so their fits are made alike.
package logit

import "math"

// Fit fits a weighted logistic regression of ys (0 or 1) on the rows of
// xs, standardising each feature first so that the penalty lambda treats
// them alike. It returns each feature's mean and scale and the weights
// beta, beta[0] being the intercept (unpenalised) and beta[k+1] the weight
// of the standardised feature k: the log-odds of x are
// beta[0] + sum over k of beta[k+1] * (x[k] - mean[k]) / scale[k].
// It is deterministic.
func Fit(xs [][]float64, ys, ws []float64, lambda float64) (mean, scale, beta []float64) {
	nf := len(xs[0])
	mean = make([]float64, nf)
	scale = make([]float64, nf)
	for _, x := range xs {
		for k, v := range x {
			mean[k] += v
		}
	}
	for k := range mean {
		mean[k] /= float64(len(xs))
	}
	for _, x := range xs {
		for k, v := range x {
			d := v - mean[k]
			scale[k] += d * d
		}
	}
	for k := range scale {
		scale[k] = math.Sqrt(scale[k] / float64(len(xs)))
		if scale[k] < 1e-9 {
			scale[k] = 1
		}
	}
	z := make([][]float64, len(xs))
	for i, x := range xs {
		row := make([]float64, nf+1)
		row[0] = 1
		for k, v := range x {
			row[k+1] = (v - mean[k]) / scale[k]
		}
		z[i] = row
	}
	return mean, scale, newton(z, ys, ws, lambda)
}

// newton maximises the weighted, L2-penalised logistic log-likelihood.
// Column 0 is the unpenalised intercept.
func newton(z [][]float64, y, w []float64, lambda float64) []float64 {
	p := len(z[0])
	beta := make([]float64, p)
	for iter := 0; iter < 50; iter++ {
		grad := make([]float64, p)
		hess := make([]float64, p*p)
		for i, row := range z {
			var eta float64
			for k, v := range row {
				eta += beta[k] * v
			}
			mu := 1 / (1 + math.Exp(-eta))
			r := w[i] * (y[i] - mu)
			h := w[i] * mu * (1 - mu)
			for a, va := range row {
				grad[a] += r * va
				ha := h * va
				for b := a; b < p; b++ {
					hess[a*p+b] += ha * row[b]
				}
			}
		}
		for a := 0; a < p; a++ {
			for b := 0; b < a; b++ {
				hess[a*p+b] = hess[b*p+a]
			}
		}
		for k := 1; k < p; k++ {
			grad[k] -= lambda * beta[k]
			hess[k*p+k] += lambda
		}
		step := solve(hess, grad, p)
		var size float64
		for k := range beta {
			beta[k] += step[k]
			size += math.Abs(step[k])
		}
		if size < 1e-9 {
			break
		}
	}
	return beta
}

// solve returns x with A x = b for symmetric positive definite A (Cholesky).
func solve(a, b []float64, n int) []float64 {
	l := make([]float64, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j <= i; j++ {
			s := a[i*n+j]
			for k := 0; k < j; k++ {
				s -= l[i*n+k] * l[j*n+k]
			}
			if i == j {
				l[i*n+i] = math.Sqrt(math.Max(s, 1e-12))
			} else {
				l[i*n+j] = s / l[j*n+j]
			}
		}
	}
	y := make([]float64, n)
	for i := 0; i < n; i++ {
		s := b[i]
		for k := 0; k < i; k++ {
			s -= l[i*n+k] * y[k]
		}
		y[i] = s / l[i*n+i]
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := y[i]
		for k := i + 1; k < n; k++ {
			s -= l[k*n+i] * x[k]
		}
		x[i] = s / l[i*n+i]
	}
	return x
}
