using System.Security.Cryptography;
using System.Text;

namespace PerfEval.Application.Common;

public static class Hashes
{
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
