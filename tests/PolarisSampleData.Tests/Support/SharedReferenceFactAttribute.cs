namespace PolarisSampleData.Tests.Support;

/// <summary>
/// A fact that compares against <c>../shared/polaris-reference</c>: reported as skipped, not passed,
/// on a checkout that has no shared folder beside it.
/// </summary>
public sealed class SharedReferenceFactAttribute : FactAttribute
{
    public SharedReferenceFactAttribute()
    {
        if (Repository.PolarisReference is null)
            Skip = "../shared/polaris-reference is not beside this checkout";
    }
}
