namespace PolarisSampleData.Domain;

/// <summary>A step of a long run, for a progress display: a phase that started, or a file written with its rows.</summary>
public readonly record struct ProgressStep(string Name, long Rows = 0);
