System.Console.WriteLine(PerfEval.Benchmarks.BenchOptions.Usage);
