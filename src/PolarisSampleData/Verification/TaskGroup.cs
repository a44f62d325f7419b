namespace PolarisSampleData.Verification;

/// <summary>Tasks verify runs side by side, on both cores.</summary>
internal static class TaskGroup
{
    /// <summary>
    /// Waits for every task, and only then reports a failure: the first failed task's first exception, as
    /// itself, so no task is left running and the error does not depend on timing.
    /// </summary>
    public static void WaitAll(params Task[] tasks)
    {
        try
        {
            Task.WaitAll(tasks);
        }
        catch (AggregateException)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(tasks.First(t => t.IsFaulted).Exception!.InnerExceptions[0]);
        }
    }
}
