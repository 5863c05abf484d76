using System.Globalization;
using SiteGen.Bench;

if (args is ["corpus", var repo, var output, var count])
{
    CorpusWriter.Write(repo, output, int.Parse(count, CultureInfo.InvariantCulture), 1);
    return 0;
}
if (args is ["rebuild", var site, var edits, .. var rest] && rest is [] or ["--defer-search"])
{
    RebuildTimer.Run(site, int.Parse(edits, CultureInfo.InvariantCulture), deferSearch: rest is ["--defer-search"]);
    return 0;
}
if (args is ["serve", var cli, var served, var count2])
    return ServeLatency.Run(cli, served, int.Parse(count2, CultureInfo.InvariantCulture));
Console.Error.WriteLine("usage: corpus REPO OUT COUNT | rebuild SITE EDITS [--defer-search] | serve SITEGEN_CLI_DLL SITE EDITS");
return 2;
