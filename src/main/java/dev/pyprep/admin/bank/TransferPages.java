package dev.pyprep.admin.bank;

import dev.pyprep.account.CurrentAccount;
import dev.pyprep.admin.AdminActions;
import dev.pyprep.question.BankFiles;
import dev.pyprep.question.ImportReport;
import dev.pyprep.system.UserError;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Export of the bank or one question as a zip in the questions/ format; upload, preview, then apply. */
@Controller
class TransferPages {

    private final BankFiles bankFiles;
    private final Uploads uploads;
    private final AdminActions actions;

    TransferPages(BankFiles bankFiles, Uploads uploads, AdminActions actions) {
        this.bankFiles = bankFiles;
        this.uploads = uploads;
        this.actions = actions;
    }

    @GetMapping("/admin/upload")
    String page() {
        return "admin/upload";
    }

    @GetMapping("/admin/export")
    ResponseEntity<byte[]> exportBank(@AuthenticationPrincipal CurrentAccount me) {
        Map<String, String> files = bankFiles.export(null);
        actions.record(me, "bank.exported", "bank", null, null, (files.size() - 1) + " questions");
        return zip("pyprep-questions.zip", files);
    }

    @GetMapping("/admin/questions/{slug}/export")
    ResponseEntity<byte[]> exportQuestion(@AuthenticationPrincipal CurrentAccount me, @PathVariable String slug) {
        Map<String, String> files = bankFiles.export(slug);
        if (files.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No published question called " + slug);
        }
        actions.record(me, "question.exported", "question", slug, null, null);
        return zip(slug + ".zip", files);
    }

    private static ResponseEntity<byte[]> zip(String name, Map<String, String> files) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(ZipFiles.zip(ZipFiles.zipText(files)));
    }

    @PostMapping("/admin/upload")
    String upload(@AuthenticationPrincipal CurrentAccount me, @RequestParam(name = "files", required = false) List<MultipartFile> files)
            throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1);
            if (file.isEmpty()) {
                continue;
            }
            if (name.endsWith(".zip")) {
                entries.putAll(ZipFiles.unzip(file.getBytes(), name));
            } else if (name.matches(".*\\.ya?ml$")) {
                entries.put(name, file.getBytes());
            } else {
                throw new UserError("'" + name + "' is neither a zip archive nor a YAML file.");
            }
        }
        if (entries.isEmpty()) {
            throw new UserError("Choose a zip archive or one or more YAML question files to upload.");
        }
        UUID id = uploads.save(entries, me.id());
        actions.record(me, "bank.upload.previewed", "upload", id.toString(), null, entries.size() + " files");
        return "redirect:/admin/upload/" + id;
    }

    @GetMapping("/admin/upload/{id}")
    String preview(@PathVariable UUID id, Model model) {
        Uploads.Upload upload = uploads.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("upload", upload);
        BankFiles.UploadPreview preview = bankFiles.preview(upload.files());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (BankFiles.Change change : BankFiles.Change.values()) {
            counts.put(change.name(), preview.count(change));
        }
        model.addAttribute("preview", preview);
        model.addAttribute("changes", counts.keySet());
        model.addAttribute("counts", counts);
        return "admin/upload-preview";
    }

    @PostMapping("/admin/upload/{id}/apply")
    String apply(@AuthenticationPrincipal CurrentAccount me, @PathVariable UUID id, RedirectAttributes redirect) {
        Uploads.Upload upload = uploads.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (upload.appliedAt() != null) {
            throw new UserError("This upload was already applied.");
        }
        ImportReport report = bankFiles.apply(upload.files());
        uploads.markApplied(id);
        actions.record(me, "bank.upload.applied", "upload", id.toString(), null, report.summary());
        redirect.addFlashAttribute("report", report);
        redirect.addFlashAttribute("message", "admin.upload.applied");
        return "redirect:/admin/upload/" + id;
    }
}
