package vn.wardplan.platform.web;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;

import vn.wardplan.platform.web.problem.WardplanProblem;

/**
 * Paging of list endpoints: {@code page} from 0, {@code size} from 1 to 500, answered in Spring Data's stable
 * JSON shape {@code {content, page: {size, number, totalElements, totalPages}}}.
 */
public final class Paging {

    public static final int MAX_SIZE = 500;

    private Paging() {
    }

    /** The request, or 400 problem details when the numbers are out of range. */
    public static PageRequest of(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw WardplanProblem.badRequest("page.invalid");
        }
        return PageRequest.of(page, size);
    }

    public static <T> PagedModel<T> model(List<T> content, PageRequest request, long total) {
        return new PagedModel<>(new PageImpl<>(content, request, total));
    }
}
