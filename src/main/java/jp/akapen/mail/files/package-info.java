/**
 * Files in the portal instead of mailed attachments (issue 12 item 5; seed E3, P1, P4): a file is uploaded once,
 * sealed at rest by the privacy vault ({@link jp.akapen.privacy.vault.SealedFiles}), and read through a download link
 * that expires, can be revoked, asks for sign-in and the right to read, and leaves the file's SHA-256 in the audit log.
 * Mail puts such a link in a message ({@link jp.akapen.mail.files.FileLinks}); lectures will keep their materials here.
 * Where the ward insists on a file, an AES-256 zip whose password is shown only in the portal.
 */
@NamedInterface("files")
package jp.akapen.mail.files;

import org.springframework.modulith.NamedInterface;
