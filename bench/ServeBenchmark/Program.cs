using System.Globalization;
using SiteGen.Bench;

if (args is ["corpus", var repo, var output, var count])
{
    CorpusWriter.Write(repo, output, int.Parse(count, CultureInfo.InvariantCulture), 1);
    return 0;
}
if (args is ["rebuild", var site, var edits])
{
    RebuildTimer.Run(site, int.Parse(edits, CultureInfo.InvariantCulture));
    return 0;
}
if (args is ["serve", var cli, var served, var count2])
    return ServeLatency.Run(cli, served, int.Parse(count2, CultureInfo.InvariantCulture));
Console.Error.WriteLine("usage: corpus REPO OUT COUNT | rebuild SITE EDITS | serve SITEGEN_CLI_DLL SITE EDITS");
return 2;
