namespace PolarisSampleData.Output;

/// <summary>A problem the user can fix: the message names it and the fix, in one line.</summary>
public sealed class DataSetException(string message, Exception? inner = null) : Exception(message, inner);
