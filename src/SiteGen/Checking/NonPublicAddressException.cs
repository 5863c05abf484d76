namespace SiteGen.Checking;

/// <summary>A connection refused because its address is not on the public internet; the message says what the address is.</summary>
internal sealed class NonPublicAddressException(string why) : IOException(why);
