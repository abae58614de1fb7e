using System.Security.Cryptography;
using Dalad.Platform.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Dalad.Identity.Auth;

/// <summary>
/// RSA keys for signing and encrypting tokens, kept as PEM files (<c>Auth:KeysPath</c>, default the data folder)
/// so tokens survive a restart. Instances of a scaled deployment share the folder or are given the same files.
/// Whoever reads a key can mint a token for anyone: keys are created 0600 in a 0700 folder, and the host refuses to
/// start with a key that group or others may read (it may have leaked: rotate it, see docs/operations.md).
/// </summary>
public static class SigningKeys
{
    public static RsaSecurityKey LoadOrCreate(string folder, string name)
    {
        PrivateFiles.CreateFolder(folder);
        var path = Path.Combine(folder, name + ".pem");
        var rsa = RSA.Create();
        if (File.Exists(path))
        {
            if (PrivateFiles.IsOpenToOthers(path))
                throw new InvalidOperationException(
                    $"The token key {path} can be read by other users of this machine: anyone who read it can sign tokens for any user. " +
                    $"Replace it (see docs/operations.md, key rotation), then make it the service's only: chmod 600 {path}");
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            rsa.KeySize = 2048;
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            PrivateFiles.WriteNew(temp, rsa.ExportRSAPrivateKeyPem());
            try
            {
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException)
            {
                // Another instance created it first: use theirs.
                File.Delete(temp);
                rsa.ImportFromPem(File.ReadAllText(path));
            }
        }
        return new RsaSecurityKey(rsa) { KeyId = name };
    }
}
