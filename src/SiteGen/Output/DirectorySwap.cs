using System.Runtime.InteropServices;

namespace SiteGen.Output;

/// <summary>Exchanges two directories in one step where the system allows it (Linux renameat2 RENAME_EXCHANGE), so readers never see a missing or half-built site.</summary>
internal static class DirectorySwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);

    /// <summary>Swaps <paramref name="a"/> and <paramref name="b"/> atomically; false when the system cannot, and then nothing was changed.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
