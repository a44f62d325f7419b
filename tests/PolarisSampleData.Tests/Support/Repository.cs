namespace PolarisSampleData.Tests.Support;

/// <summary>Finds the repository root and the shared reference folder beside it.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared/polaris-reference</c>, or null where a checkout has no shared folder beside it.</summary>
    public static string? PolarisReference
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "polaris-reference"));
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PolarisSampleData.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Tests must run from inside the repository (PolarisSampleData.sln not found).");
    }
}
