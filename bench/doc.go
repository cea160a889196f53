// Package bench holds the benchmarks that defend the speed figures in
// BENCHMARKS.md: reading, splitting and ranking one document, extracting
// its parties and outcomes, rendering the note as Markdown and PDF, and
// how the cost grows with the size of the input.
//
// The development data in ../../shared/eval (or $BRIEF_EVAL) is read at
// run time; benchmarks that need it skip when it is absent. The others use
// the samples bundled in the repository.
//
//	go test ./bench -run '^$' -bench . -count 6
package bench
