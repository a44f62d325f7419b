namespace PolarisSampleData.Cli;

/// <summary>The documented exit codes of every polaris-gen command.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>verify: the data set was read and at least one check failed.</summary>
    public const int ChecksFailed = 1;

    /// <summary>Bad input: an option, a folder or a file the command cannot use. The message says the fix.</summary>
    public const int BadInput = 2;

    /// <summary>A bug in polaris-gen itself.</summary>
    public const int InternalError = 3;
}
