using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;

namespace PerfEval.Api.Auth.Jwt;

/// <summary>Turns the configured inline keys into verification keys; a key that cannot be read stops the start.</summary>
public static class InlineSigningKeys
{
    public static IReadOnlyList<SecurityKey> Load(IEnumerable<JwtSigningKeyOptions> configured) =>
        configured.Select((key, index) => Load(key, $"{JwtOptions.Section}:SigningKeys:{index}")).ToList();

    private static SecurityKey Load(JwtSigningKeyOptions key, string path)
    {
        var hasPem = !string.IsNullOrWhiteSpace(key.Pem);
        var hasJwk = !string.IsNullOrWhiteSpace(key.Jwk);
        if (hasPem == hasJwk) throw new InvalidOperationException($"{path}: give either Pem or Jwk.");
        try
        {
            var loaded = hasPem ? FromPem(key.Pem!, path) : FromJwk(key.Jwk!, path);
            if (!string.IsNullOrWhiteSpace(key.KeyId)) loaded.KeyId = key.KeyId.Trim();
            if (string.IsNullOrWhiteSpace(loaded.KeyId)) throw new InvalidOperationException($"{path}: KeyId is required (tokens name their key by \"kid\").");
            return loaded;
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException or FormatException or System.Text.Json.JsonException)
        {
            throw new InvalidOperationException($"{path}: the key cannot be read ({e.Message}).", e);
        }
    }

    private static SecurityKey FromPem(string pem, string path)
    {
        pem = pem.Trim();
        if (pem.Contains("CERTIFICATE", StringComparison.Ordinal))
            return new X509SecurityKey(X509Certificate2.CreateFromPem(pem));
        if (pem.Contains("PRIVATE KEY", StringComparison.Ordinal))
            throw new InvalidOperationException($"{path}: give the public key; a private key does not belong in PerfEval's settings.");

        // A "PUBLIC KEY" block does not say its algorithm in the label; the SubjectPublicKeyInfo inside does.
        var ec = ECDsa.Create();
        try
        {
            ec.ImportFromPem(pem);
            return new ECDsaSecurityKey(ec);
        }
        catch (CryptographicException)
        {
            ec.Dispose();
        }
        catch (ArgumentException)
        {
            ec.Dispose();
        }
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return new RsaSecurityKey(rsa);
    }

    private static SecurityKey FromJwk(string json, string path)
    {
        var jwk = new JsonWebKey(json);
        if (jwk.Kty is not (JsonWebAlgorithmsKeyTypes.RSA or JsonWebAlgorithmsKeyTypes.EllipticCurve))
            throw new InvalidOperationException($"{path}: only RSA and EC keys are accepted (kty \"{jwk.Kty}\").");
        if (jwk.HasPrivateKey)
            throw new InvalidOperationException($"{path}: give the public key; a private key does not belong in PerfEval's settings.");
        if (!JsonWebKeyConverter.TryConvertToSecurityKey(jwk, out var key))
            throw new InvalidOperationException($"{path}: the JWK cannot be used as a signature key.");
        key.KeyId = jwk.Kid;
        return key;
    }
}
