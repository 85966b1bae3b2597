package jp.akapen.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload component's own words (drop here, progress, errors) in the reader's language, for every upload. */
public final class UploadTexts {

    private UploadTexts() {
    }

    /**
     * @param button the words of the button that picks a file
     * @param incorrectType what to say of a file the upload does not take
     */
    public static UploadI18N of(Component owner, String button, String incorrectType, long maxMegabytes) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("upload.drop"))
                        .setMany(owner.getTranslation("upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(button).setMany(button))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(owner.getTranslation("upload.too-many-files"))
                        .setFileIsTooBig(owner.getTranslation("upload.file-too-big", maxMegabytes))
                        .setIncorrectFileType(incorrectType))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(owner.getTranslation("upload.connecting"))
                                .setStalled(owner.getTranslation("upload.stalled"))
                                .setProcessing(owner.getTranslation("upload.processing"))
                                .setHeld(owner.getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(owner.getTranslation("upload.remaining"))
                                .setUnknown(owner.getTranslation("upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(owner.getTranslation("upload.server-unavailable"))
                                .setUnexpectedServerError(owner.getTranslation("upload.server-error"))
                                .setForbidden(owner.getTranslation("upload.refused"))
                                .setFileTooLarge(owner.getTranslation("upload.file-too-big", maxMegabytes))))
                .setFile(new UploadI18N.File()
                        .setRetry(owner.getTranslation("upload.retry"))
                        .setStart(owner.getTranslation("upload.start"))
                        .setRemove(owner.getTranslation("upload.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
    }
}
