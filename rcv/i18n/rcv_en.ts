<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>Backup</name>
    <message>
        <source>Đã sao lưu và kiểm tra lúc {time}: {entries} mục, dấu vân tay {fp} — {path}</source>
        <translation>Backed up and checked at {time}: {entries} entries, fingerprint {fp} — {path}</translation>
    </message>
    <message>
        <source>⚠ SAO LƯU TỰ ĐỘNG THẤT BẠI — chương trình vẫn an toàn trong tệp sự kiện, nhưng bản sao chưa được cập nhật: {why}</source>
        <translation>⚠ AUTOMATIC BACKUP FAILED — the show is still safe in the event file, but the copy was not updated: {why}</translation>
    </message>
    <message>
        <source>Sao lưu tự động: chưa chọn thư mục (Sự kiện › Thư mục sao lưu tự động…)</source>
        <translation>Automatic backup: no folder chosen (Event › Automatic backup folder…)</translation>
    </message>
    <message>
        <source>Sao lưu tự động sau mỗi câu hỏi vào {folder}</source>
        <translation>Automatic backup after every question to {folder}</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>ngày {day} {month} năm {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>tháng 01</source>
        <translation>January</translation>
    </message>
    <message>
        <source>tháng 02</source>
        <translation>February</translation>
    </message>
    <message>
        <source>tháng 03</source>
        <translation>March</translation>
    </message>
    <message>
        <source>tháng 04</source>
        <translation>April</translation>
    </message>
    <message>
        <source>tháng 05</source>
        <translation>May</translation>
    </message>
    <message>
        <source>tháng 06</source>
        <translation>June</translation>
    </message>
    <message>
        <source>tháng 07</source>
        <translation>July</translation>
    </message>
    <message>
        <source>tháng 08</source>
        <translation>August</translation>
    </message>
    <message>
        <source>tháng 09</source>
        <translation>September</translation>
    </message>
    <message>
        <source>tháng 10</source>
        <translation>October</translation>
    </message>
    <message>
        <source>tháng 11</source>
        <translation>November</translation>
    </message>
    <message>
        <source>tháng 12</source>
        <translation>December</translation>
    </message>
    <message>
        <source>BẢN NHÁP — KẾT QUẢ TẠM THỜI, KHÔNG CÓ GIÁ TRỊ</source>
        <translation>DRAFT — PROVISIONAL RESULTS, NOT VALID</translation>
    </message>
    <message>
        <source>Giấy chứng nhận — {event}</source>
        <translation>Certificates — {event}</translation>
    </message>
    <message>
        <source>chưa in giấy chứng nhận cho {sbds}: đồng hạng {rank}, giải {prizes} chưa phân định — ban tổ chức quyết định</source>
        <translation>no certificate printed for {sbds}: tied at place {rank}, prize {prizes} not decided — the organisers decide</translation>
    </message>
    <message>
        <source>chương trình chưa kết thúc: đây là BẢN NHÁP</source>
        <translation>the show is not over: this is a DRAFT</translation>
    </message>
    <message>
        <source>Rung chuông vàng</source>
        <translation>Rang the golden bell</translation>
    </message>
    <message>
        <source>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</source>
        <translation>SOCIALIST REPUBLIC OF VIETNAM</translation>
    </message>
    <message>
        <source>Độc lập - Tự do - Hạnh phúc</source>
        <translation>Independence - Freedom - Happiness</translation>
    </message>
    <message>
        <source>GIẤY CHỨNG NHẬN</source>
        <translation>CERTIFICATE</translation>
    </message>
    <message>
        <source>CHỨNG NHẬN</source>
        <translation>CERTIFIES THAT</translation>
    </message>
    <message>
        <source>Đã đạt {prize}</source>
        <translation>has won {prize}</translation>
    </message>
    <message>
        <source>trong cuộc thi {event_name}</source>
        <translation>in the contest {event_name}</translation>
    </message>
    <message>
        <source>TM. BAN TỔ CHỨC</source>
        <translation>FOR THE ORGANISING COMMITTEE</translation>
    </message>
    <message>
        <source>(Ký, ghi rõ họ tên và đóng dấu)</source>
        <translation>(Signature, full name and seal)</translation>
    </message>
    <message>
        <source>Dấu vân tay kết quả: {fingerprint}</source>
        <translation>Results fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>chưa in giấy chứng nhận tập thể cho {names}: đồng hạng {rank}, giải {prizes} chưa phân định — ban tổ chức quyết định</source>
        <translation>no team certificate printed for {names}: tied at rank {rank}, prize {prizes} undecided — the organisers decide</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Không tìm thấy màn hình (DISPLAY/WAYLAND_DISPLAY trống): chạy trong terminal.</source>
        <translation>No display found (DISPLAY/WAYLAND_DISPLAY are empty): running in the terminal.</translation>
    </message>
    <message>
        <source>đã hoàn tác</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>Mọi lần bấm, theo bộ thu (nhận = hợp lệ + từ chối + nhiễu):</source>
        <translation>Every press, by hub (received = accepted + refused + noise):</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Chỉ có một màn hình: cắm máy chiếu (màn hình thứ hai) — màn chiếu sẽ tự lên đó.</source>
        <translation>Only one screen: plug in the projector (a second screen) — the display will go up on it by itself.</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>Bước tiếp theo</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Hoàn tác: </source>
        <translation>Undo: </translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Sự kiện mới…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <source>Mở sự kiện…</source>
        <translation>Open event…</translation>
    </message>
    <message>
        <source>Nhập danh sách thí sinh…</source>
        <translation>Import contestants…</translation>
    </message>
    <message>
        <source>Nhập bộ câu hỏi…</source>
        <translation>Import questions…</translation>
    </message>
    <message>
        <source>Thể lệ…</source>
        <translation>Rules…</translation>
    </message>
    <message>
        <source>Sao lưu tệp sự kiện…</source>
        <translation>Back up event file…</translation>
    </message>
    <message>
        <source>Thư mục sao lưu tự động…</source>
        <translation>Automatic backup folder…</translation>
    </message>
    <message>
        <source>Xuất kết quả Excel…</source>
        <translation>Export results to Excel…</translation>
    </message>
    <message>
        <source>Đóng sự kiện</source>
        <translation>Close event</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Dừng sớm, khoá đáp án</source>
        <translation>Stop early, lock answers</translation>
    </message>
    <message>
        <source>Tạm dừng / tiếp tục</source>
        <translation>Pause / resume</translation>
    </message>
    <message>
        <source>Cứu trợ…</source>
        <translation>Rescue…</translation>
    </message>
    <message>
        <source>Câu hỏi phụ…</source>
        <translation>Tiebreak question…</translation>
    </message>
    <message>
        <source>Kết thúc vòng câu hỏi phụ</source>
        <translation>End the tiebreak round</translation>
    </message>
    <message>
        <source>Kết thúc chương trình…</source>
        <translation>End the show…</translation>
    </message>
    <message>
        <source>Tìm thí sinh</source>
        <translation>Find contestant</translation>
    </message>
    <message>
        <source>Màn đen</source>
        <translation>Black screen</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Sàn thi đấu</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Đơn vị còn nhiều thí sinh nhất</source>
        <translation>Units with the most still standing</translation>
    </message>
    <message>
        <source>Theo chương trình (bỏ màn đen/logo)</source>
        <translation>Follow the show (leave black screen/logo)</translation>
    </message>
    <message>
        <source>Hình của câu hỏi (toàn màn hình)</source>
        <translation>Question picture (full screen)</translation>
    </message>
    <message>
        <source>Kết quả chung cuộc</source>
        <translation>Final results</translation>
    </message>
    <message>
        <source>Trao giải: bước tiếp theo</source>
        <translation>Prize ceremony: next step</translation>
    </message>
    <message>
        <source>Trao giải: quay lại</source>
        <translation>Prize ceremony: back</translation>
    </message>
    <message>
        <source>Hiện cửa sổ màn chiếu</source>
        <translation>Show projector window</translation>
    </message>
    <message>
        <source>Đổi màn hình chiếu</source>
        <translation>Change projector screen</translation>
    </message>
    <message>
        <source>Bộ thu và bàn phím…</source>
        <translation>Receivers and keypads…</translation>
    </message>
    <message>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Thư mục nhật ký lỗi</source>
        <translation>Error log folder</translation>
    </message>
    <message>
        <source>Thể lệ cho phép</source>
        <translation>The rules allow it</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Diễn biến</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Thiết bị</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>&amp;Sự kiện</source>
        <translation>&amp;Event</translation>
    </message>
    <message>
        <source>Mở gần đây</source>
        <translation>Open recent</translation>
    </message>
    <message>
        <source>&amp;Chương trình</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Màn chiếu</source>
        <translation>&amp;Projector</translation>
    </message>
    <message>
        <source>Chọn màn hình chiếu</source>
        <translation>Choose projector screen</translation>
    </message>
    <message>
        <source>&amp;Thiết bị</source>
        <translation>&amp;Devices</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Có khi mô-đun nhập dữ liệu (rcv.importers) được nối vào.</source>
        <translation>Available once the import module (rcv.importers) is connected.</translation>
    </message>
    <message>
        <source>Có cùng mô-đun phần cứng (rcv.hardware): bộ thu, cổng.</source>
        <translation>Comes with the hardware module (rcv.hardware): receivers, ports.</translation>
    </message>
    <message>
        <source>Có cùng gói màn chiếu (rcv.ui.display).</source>
        <translation>Comes with the projector package (rcv.ui.display).</translation>
    </message>
    <message>
        <source>Có cùng cửa sổ màn chiếu (rcv.ui.display).</source>
        <translation>Comes with the projector window (rcv.ui.display).</translation>
    </message>
    <message>
        <source>Chưa ghi nhật ký lỗi trong phiên này.</source>
        <translation>No error log written in this session.</translation>
    </message>
    <message>
        <source>rcv — Rung chuông vàng</source>
        <translation>rcv — Ring the Golden Bell</translation>
    </message>
    <message>
        <source>Có khi bảng điều khiển được dựng đầy đủ.</source>
        <translation>Available when the console is fully built.</translation>
    </message>
    <message>
        <source>CHỈ XEM</source>
        <translation>VIEW ONLY</translation>
    </message>
    <message>
        <source>Đóng bảng điều khiển?</source>
        <translation>Close the console?</translation>
    </message>
    <message>
        <source>Chương trình đang diễn ra. Mọi bước đã được lưu trong tệp sự kiện; mở lại tệp này để chơi tiếp đúng chỗ cũ.

Đóng bảng điều khiển bây giờ?</source>
        <translation>A show is running. Every step is saved in the event file; open this file again to continue exactly where it stopped.

Close the console now?</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <source>Lỗi không mong muốn</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi trong chương trình. Chương trình thi vẫn an toàn: mọi bước đã được ghi vào tệp sự kiện. Có thể tiếp tục; nếu bảng điều khiển hoạt động bất thường, hãy đóng rồi mở lại tệp sự kiện.</source>
        <translation>Something went wrong in the program. The show is safe: every step has been written to the event file. You can carry on; if the console behaves strangely, close the event file and open it again.</translation>
    </message>
    <message>
        <source>Nhật ký lỗi: {path}</source>
        <translation>Error log: {path}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Chương trình thử: bấm Space để đi từng bước; bàn phím mô phỏng tự trả lời.</source>
        <translation>Demo show: press Space to go step by step; the simulated keypads answer by themselves.</translation>
    </message>
    <message>
        <source>Tiếp tục chương trình từ mục nhật ký {seq}.</source>
        <translation>Carrying on the show from log entry {seq}.</translation>
    </message>
    <message>
        <source>KẾT QUẢ — 10 thí sinh dẫn đầu</source>
        <translation>RESULTS — the top 10 contestants</translation>
    </message>
    <message>
        <source>GIẢI THƯỞNG</source>
        <translation>PRIZES</translation>
    </message>
    <message>
        <source>Tệp sự kiện: {path}</source>
        <translation>Event file: {path}</translation>
    </message>
    <message>
        <source>{title} ({qid}) · đáp án {answer} · đúng {right}/{of} · {outcome} · còn {left}</source>
        <translation>{title} ({qid}) · answer {answer} · right {right}/{of} · {outcome} · {left} left</translation>
    </message>
    <message>
        <source>không ai bị loại</source>
        <translation>nobody out</translation>
    </message>
    <message>
        <source>cả sàn sai</source>
        <translation>the whole floor was wrong</translation>
    </message>
    <message>
        <source>loại {seats}</source>
        <translation>out: {seats}</translation>
    </message>
    <message>
        <source>trở lại {seats}</source>
        <translation>back: {seats}</translation>
    </message>
    <message>
        <source>dừng câu hỏi phụ {seats}</source>
        <translation>leave the tie-break: {seats}</translation>
    </message>
    <message>
        <source>rung chuông vàng {seats}</source>
        <translation>rang the golden bell: {seats}</translation>
    </message>
    <message>
        <source>Máy chủ trả lời: {url} · {n} điện thoại đã vào ghế</source>
        <translation>Answer server: {url} · {n} phones joined their seats</translation>
    </message>
    <message>
        <source>Điện thoại: {sent} câu trả lời gửi, {logged} trong nhật ký ({accepted} hợp lệ, {refused} bị từ chối)</source>
        <translation>Phones: {sent} answers sent, {logged} in the log ({accepted} accepted, {refused} refused)</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>CỨU TRỢ</source>
        <translation>RESCUE</translation>
    </message>
    <message>
        <source>RỜI SÀN THI ĐẤU</source>
        <translation>LEAVING THE FLOOR</translation>
    </message>
    <message>
        <source>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;Một&lt;/b&gt;&lt;/font&gt; thí sinh trả lời câu hỏi cứu trợ: đúng là trở lại sàn</source>
        <translation>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;One&lt;/b&gt;&lt;/font&gt; contestant answers the rescue question: right means back on the floor</translation>
    </message>
    <message>
        <source>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/font&gt; thí sinh trả lời câu hỏi cứu trợ: ai đúng sẽ trở lại sàn</source>
        <translation>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/font&gt; contestants answer the rescue question: whoever is right is back on the floor</translation>
    </message>
    <message>
        <source>Vòng cứu trợ: các thí sinh đã rời sàn có cơ hội trở lại</source>
        <translation>Rescue round: contestants who left the floor get a chance to return</translation>
    </message>
    <message>
        <source>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;Một&lt;/b&gt;&lt;/font&gt; thí sinh trở lại sàn thi đấu</source>
        <translation>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;One&lt;/b&gt;&lt;/font&gt; contestant returns to the floor</translation>
    </message>
    <message>
        <source>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/font&gt; thí sinh trở lại sàn thi đấu</source>
        <translation>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/font&gt; contestants return to the floor</translation>
    </message>
    <message>
        <source>Không thí sinh nào phải rời sàn</source>
        <translation>No contestant has to leave the floor</translation>
    </message>
    <message>
        <source>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;Một&lt;/b&gt;&lt;/font&gt; thí sinh chia tay sàn thi đấu</source>
        <translation>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;One&lt;/b&gt;&lt;/font&gt; contestant says goodbye to the floor</translation>
    </message>
    <message>
        <source>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/font&gt; thí sinh chia tay sàn thi đấu</source>
        <translation>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/font&gt; contestants say goodbye to the floor</translation>
    </message>
    <message>
        <source>HẾT GIỜ</source>
        <translation>TIME&apos;S UP</translation>
    </message>
    <message>
        <source>giây</source>
        <translation>sec</translation>
    </message>
    <message>
        <source>CÂU HỎI CHUÔNG VÀNG</source>
        <translation>GOLDEN BELL QUESTION</translation>
    </message>
    <message>
        <source>Trả lời đúng để rung chuông vàng</source>
        <translation>Answer correctly to ring the golden bell</translation>
    </message>
    <message>
        <source>%1 thí sinh cùng trả lời: ai đúng sẽ rung chuông vàng</source>
        <translation>%1 contestants answer together: whoever is right rings the golden bell</translation>
    </message>
    <message>
        <source>SÀN THI ĐẤU</source>
        <translation>THE FLOOR</translation>
    </message>
    <message>
        <source>Còn trên sàn: &lt;b&gt;&lt;font color=&quot;%1&quot;&gt;%2&lt;/font&gt;&lt;/b&gt;/%3</source>
        <translation>On the floor: &lt;b&gt;&lt;font color=&quot;%1&quot;&gt;%2&lt;/font&gt;&lt;/b&gt;/%3</translation>
    </message>
    <message>
        <source>RUNG CHUÔNG VÀNG</source>
        <translation>RING THE GOLDEN BELL</translation>
    </message>
    <message>
        <source>TẠM DỪNG</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <source>Chương trình sẽ tiếp tục trong giây lát</source>
        <translation>The show will resume shortly</translation>
    </message>
    <message>
        <source>Thời gian còn lại: &lt;b&gt;&lt;font color=&quot;%1&quot;&gt;%2&lt;/font&gt;&lt;/b&gt; giây</source>
        <translation>Time left: &lt;b&gt;&lt;font color=&quot;%1&quot;&gt;%2&lt;/font&gt;&lt;/b&gt; s</translation>
    </message>
    <message>
        <source>CÂU HỎI PHỤ</source>
        <translation>TIEBREAK QUESTION</translation>
    </message>
    <message>
        <source>CÂU HỎI CỨU TRỢ</source>
        <translation>RESCUE QUESTION</translation>
    </message>
    <message>
        <source>CÂU HỎI SỐ %1</source>
        <translation>QUESTION %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;/%2&lt;br&gt;đã trả lời</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;/%2&lt;br&gt;answered</translation>
    </message>
    <message>
        <source>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/font&gt;&lt;br&gt;trả lời đúng&lt;br&gt;trên %3</source>
        <translation>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/font&gt;&lt;br&gt;answered right&lt;br&gt;out of %3</translation>
    </message>
    <message>
        <source>HẾT GIỜ!</source>
        <translation>TIME&apos;S UP!</translation>
    </message>
    <message>
        <source>Đáp án: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <source>Viết câu trả lời lên bảng</source>
        <translation>Write your answer on the board</translation>
    </message>
    <message>
        <source>KẾT QUẢ CHUNG CUỘC</source>
        <translation>FINAL RESULTS</translation>
    </message>
    <message>
        <source>Trang %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <source>ghế %1</source>
        <translation>seat %1</translation>
    </message>
    <message>
        <source>Mã xác thực kết quả</source>
        <translation>Results verification code</translation>
    </message>
    <message>
        <source>Các thí sinh bằng điểm trả lời thêm để phân định thứ hạng</source>
        <translation>Tied contestants answer more questions to decide the ranking</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; thí sinh bằng điểm trả lời thêm để phân định người xếp trên</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; tied contestants answer more questions to decide who ranks higher</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; thí sinh bằng điểm trả lời thêm để phân định &lt;b&gt;%2&lt;/b&gt; vị trí</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; tied contestants answer more questions to decide &lt;b&gt;%2&lt;/b&gt; places</translation>
    </message>
    <message>
        <source>Chào mừng &lt;b&gt;&lt;font color=&quot;%1&quot;&gt;%2&lt;/font&gt;&lt;/b&gt; thí sinh bước vào sàn thi đấu!</source>
        <translation>Welcome to the &lt;b&gt;&lt;font color=&quot;%1&quot;&gt;%2&lt;/font&gt;&lt;/b&gt; contestants stepping onto the floor!</translation>
    </message>
    <message>
        <source>RUNG CHUÔNG VÀNG!</source>
        <translation>THE GOLDEN BELL RINGS!</translation>
    </message>
    <message>
        <source>CHÚC MỪNG</source>
        <translation>CONGRATULATIONS</translation>
    </message>
    <message>
        <source>Thí sinh đã chinh phục câu hỏi cuối cùng</source>
        <translation>Conquered the final question</translation>
    </message>
    <message>
        <source>Các thí sinh xuất sắc nhất</source>
        <translation>The best contestants</translation>
    </message>
    <message>
        <source>Thí sinh xuất sắc nhất</source>
        <translation>The best contestant</translation>
    </message>
    <message>
        <source>Rung chuông vàng — màn chiếu</source>
        <translation>Ring the Golden Bell — projector</translation>
    </message>
    <message>
        <source>Trang %1/%2 · %3 thí sinh</source>
        <translation>Page %1/%2 · %3 contestants</translation>
    </message>
    <message>
        <source>TRAO GIẢI · %1/%2</source>
        <translation>AWARDS · %1/%2</translation>
    </message>
    <message>
        <source>XẾP HẠNG ĐƠN VỊ</source>
        <translation>UNITS&apos; RANKING</translation>
    </message>
    <message>
        <source>được trao cho đơn vị</source>
        <translation>goes to the unit</translation>
    </message>
    <message>
        <source>được trao cho %1 đơn vị</source>
        <translation>goes to %1 units</translation>
    </message>
    <message>
        <source>được trao cho</source>
        <translation>goes to</translation>
    </message>
    <message>
        <source>được trao cho %1 thí sinh</source>
        <translation>goes to %1 contestants</translation>
    </message>
    <message>
        <source>KHÁN GIẢ CỨU TRỢ</source>
        <translation>AUDIENCE RESCUE</translation>
    </message>
    <message>
        <source>Quét mã để cùng trả lời</source>
        <translation>Scan to answer with us</translation>
    </message>
    <message>
        <source>đã trả lời</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>trả lời đúng</source>
        <translation>right</translation>
    </message>
    <message>
        <source>thí sinh trở lại</source>
        <translation>back on the floor</translation>
    </message>
    <message>
        <source>khán giả đã trả lời</source>
        <translation>answers from the hall</translation>
    </message>
    <message>
        <source>ĐƠN VỊ CÒN NHIỀU THÍ SINH NHẤT</source>
        <translation>UNITS WITH THE MOST STILL STANDING</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>không ai</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>{n} ghế: {list}</source>
        <translation>{n} seats: {list}</translation>
    </message>
    <message>
        <source>ghế {list}</source>
        <translation>seat {list}</translation>
    </message>
    <message>
        <source>{title} ({qid}) hiện lên, {n} thí sinh tham gia</source>
        <translation>{title} ({qid}) shown, {n} contestants take part</translation>
    </message>
    <message>
        <source>Bắt đầu tính giờ {s} giây</source>
        <translation>Timer started, {s} seconds</translation>
    </message>
    <message>
        <source>Ghế {seat} chọn {key}</source>
        <translation>Seat {seat} chose {key}</translation>
    </message>
    <message>
        <source>Ghế {seat} chọn {key} (bộ thu {hub})</source>
        <translation>Seat {seat} chose {key} (hub {hub})</translation>
    </message>
    <message>
        <source>Từ chối ghế {seat} bấm {key}: {why}</source>
        <translation>Refused seat {seat} pressing {key}: {why}</translation>
    </message>
    <message>
        <source>Từ chối ghế {seat} bấm {key}: {why} (bộ thu {hub})</source>
        <translation>Refused seat {seat} pressing {key}: {why} (hub {hub})</translation>
    </message>
    <message>
        <source>Bộ thu {hub}: {n} khung nhiễu hoặc hỏng không mang số ghế ({what})</source>
        <translation>Hub {hub}: {n} noisy or damaged frames naming no seat ({what})</translation>
    </message>
    <message>
        <source>Bộ thu {hub}: mất {n} khung không lấy lại được (số thứ tự {seqs})</source>
        <translation>Hub {hub}: {n} frames lost for good (sequence numbers {seqs})</translation>
    </message>
    <message>
        <source>Bộ thu {hub}: mất {n} khung không lấy lại được, có thể gồm cả nhịp tim (số thứ tự {seqs})</source>
        <translation>Hub {hub}: {n} frames lost for good, possibly including heartbeats (sequence numbers {seqs})</translation>
    </message>
    <message>
        <source>Bộ thu {hub} khởi động lại: những gì nó gửi sau khung số {seq} (nếu có) không đến được</source>
        <translation>Hub {hub} restarted: whatever it sent after frame {seq} (if anything) never arrived</translation>
    </message>
    <message>
        <source>Hết giờ, khoá đáp án</source>
        <translation>Time up, answers locked</translation>
    </message>
    <message>
        <source>Dừng sớm, khoá đáp án</source>
        <translation>Stopped early, answers locked</translation>
    </message>
    <message>
        <source>Công bố đáp án</source>
        <translation>Answer revealed</translation>
    </message>
    <message>
        <source>Xử lý kết quả: {what}</source>
        <translation>Results applied: {what}</translation>
    </message>
    <message>
        <source>không ai bị loại</source>
        <translation>nobody out</translation>
    </message>
    <message>
        <source>cả sàn trả lời sai</source>
        <translation>the whole floor answered wrong</translation>
    </message>
    <message>
        <source>loại {seats}</source>
        <translation>out {seats}</translation>
    </message>
    <message>
        <source>trở lại {seats}</source>
        <translation>back {seats}</translation>
    </message>
    <message>
        <source>dừng câu hỏi phụ {seats}</source>
        <translation>leave the tie-break {seats}</translation>
    </message>
    <message>
        <source>rung chuông vàng {seats}</source>
        <translation>rang the golden bell {seats}</translation>
    </message>
    <message>
        <source>Sửa tay ghế {seat}: đặt đáp án {answer}</source>
        <translation>Seat {seat} set by hand: answer {answer}</translation>
    </message>
    <message>
        <source>Sửa tay ghế {seat}: xoá đáp án</source>
        <translation>Seat {seat} set by hand: answer cleared</translation>
    </message>
    <message>
        <source>Loại tay ghế {seat}</source>
        <translation>Seat {seat} eliminated by hand</translation>
    </message>
    <message>
        <source>Đưa ghế {seat} trở lại</source>
        <translation>Seat {seat} brought back</translation>
    </message>
    <message>
        <source>Cứu trợ: {method}</source>
        <translation>Rescue: {method}</translation>
    </message>
    <message>
        <source>Cứu trợ: {method}, {seats}</source>
        <translation>Rescue: {method}, {seats}</translation>
    </message>
    <message>
        <source>Mở vòng câu hỏi phụ cho {seats}, chọn {places} vị trí</source>
        <translation>Tie-break opened for {seats}, {places} places to decide</translation>
    </message>
    <message>
        <source>Kết thúc vòng câu hỏi phụ</source>
        <translation>Tie-break ended</translation>
    </message>
    <message>
        <source>Kết thúc vòng câu hỏi phụ (chưa phân định hết)</source>
        <translation>Tie-break ended (not fully decided)</translation>
    </message>
    <message>
        <source>Câu hỏi chuông vàng cho {seats}</source>
        <translation>Golden-bell question for {seats}</translation>
    </message>
    <message>
        <source>Tạm dừng</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <source>Kết thúc chương trình</source>
        <translation>Show finished</translation>
    </message>
    <message>
        <source>Hoàn tác bước {step}: {what}</source>
        <translation>Undid step {step}: {what}</translation>
    </message>
    <message>
        <source>bấm phím</source>
        <translation>a keypad press</translation>
    </message>
    <message>
        <source>Bộ thu {hub}: nhận {received} = hợp lệ {accepted} + từ chối {refused}{why} + nhiễu {noise}; mất {lost} khung không lấy lại được.</source>
        <translation>Hub {hub}: received {received} = accepted {accepted} + refused {refused}{why} + noise {noise}; {lost} frames lost for good.</translation>
    </message>
    <message>
        <source>(không tên)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <source>Sự kiện</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Chương trình đang diễn ra</source>
        <translation>A show is running</translation>
    </message>
    <message>
        <source>Chương trình đang diễn ra và đã được lưu trong tệp sự kiện. Đóng nó? Mở lại tệp này để chơi tiếp.</source>
        <translation>A show is running and is saved in the event file. Close it? Open this file again to continue.</translation>
    </message>
    <message>
        <source>Mở sự kiện</source>
        <translation>Open event</translation>
    </message>
    <message>
        <source>Sự kiện rcv (*.rcv);;Mọi tệp (*)</source>
        <translation>rcv events (*.rcv);;All files (*)</translation>
    </message>
    <message>
        <source>Không mở được để điều khiển</source>
        <translation>Cannot open to run the show</translation>
    </message>
    <message>
        <source>Mở tệp chỉ để xem (không ghi gì vào tệp)?</source>
        <translation>Open the file to view only (nothing is written to it)?</translation>
    </message>
    <message>
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Sao lưu tệp sự kiện</source>
        <translation>Back up event file</translation>
    </message>
    <message>
        <source>Đang sao lưu vào {path}…</source>
        <translation>Backing up to {path}…</translation>
    </message>
    <message>
        <source>Thư mục sao lưu tự động (sau mỗi câu hỏi)</source>
        <translation>Automatic backup folder (after every question)</translation>
    </message>
    <message>
        <source>Xuất kết quả Excel</source>
        <translation>Export results to Excel</translation>
    </message>
    <message>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Chương trình đã bắt đầu: không thể thay thí sinh hay câu hỏi.</source>
        <translation>The show has started: contestants and questions can no longer be changed.</translation>
    </message>
    <message>
        <source>Chọn danh sách thí sinh</source>
        <translation>Choose the contestant list</translation>
    </message>
    <message>
        <source>Chọn bộ câu hỏi</source>
        <translation>Choose the question set</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;Mọi tệp (*)</source>
        <translation>Excel (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Câu hỏi (*.xlsx *.docx *.yaml *.yml *.json);;Mọi tệp (*)</source>
        <translation>Questions (*.xlsx *.docx *.yaml *.yml *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Nhập danh sách thí sinh</source>
        <translation>Import contestants</translation>
    </message>
    <message>
        <source>Nhập bộ câu hỏi</source>
        <translation>Import questions</translation>
    </message>
    <message>
        <source>Đã lưu vào sự kiện.</source>
        <translation>Saved in the event.</translation>
    </message>
    <message>
        <source>Đã lưu thể lệ.</source>
        <translation>Rules saved.</translation>
    </message>
</context>
<context>
    <name>EventSession</name>
    <message>
        <source>Hãy mở hoặc tạo một sự kiện</source>
        <translation>Open or create an event</translation>
    </message>
    <message>
        <source>Chưa có thí sinh: Sự kiện › Nhập danh sách thí sinh</source>
        <translation>No contestants yet: Event › Import contestants</translation>
    </message>
    <message>
        <source>Chưa có câu hỏi: Sự kiện › Nhập bộ câu hỏi</source>
        <translation>No questions yet: Event › Import questions</translation>
    </message>
    <message>
        <source>Không mở được tệp {path}: {why}</source>
        <translation>Could not open the file {path}: {why}</translation>
    </message>
    <message>
        <source>Không tạo được tệp {path}: {why}</source>
        <translation>Could not create the file {path}: {why}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Xuất kết quả Excel</source>
        <translation>Export results to Excel</translation>
    </message>
    <message>
        <source>Thử lại</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đang xuất kết quả…</source>
        <translation>Exporting the results…</translation>
    </message>
    <message>
        <source>Đã xuất {n} thí sinh. Dấu vân tay kết quả: {fp}</source>
        <translation>Exported {n} contestants. Results fingerprint: {fp}</translation>
    </message>
    <message>
        <source>Chương trình chưa kết thúc: đây là KẾT QUẢ TẠM THỜI.</source>
        <translation>The show has not finished: these are PROVISIONAL RESULTS.</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>Hồ sơ {name} không đọc mã bàn phím (id): thiết bị này không cần ghép.</source>
        <translation>Profile {name} reads no keypad IDs (id): this device needs no pairing.</translation>
    </message>
    <message>
        <source>Chưa lưu: dùng --event TỆP.rcv (đi cùng tệp sự kiện) hoặc --out TỆP.json.</source>
        <translation>Not saved: use --event FILE.rcv (travels with the event file) or --out FILE.json.</translation>
    </message>
    <message>
        <source>Đã nhập hồ sơ &quot;{name}&quot; ({title}) vào {folder}.</source>
        <translation>Imported profile &quot;{name}&quot; ({title}) into {folder}.</translation>
    </message>
    <message>
        <source>YAML sai: {detail}</source>
        <translation>Invalid YAML: {detail}</translation>
    </message>
    <message>
        <source>Hồ sơ phải là một bảng &quot;khoá: giá trị&quot; (name:, pattern:, …).</source>
        <translation>A profile must be a table of &quot;key: value&quot; settings (name:, pattern:, …).</translation>
    </message>
    <message>
        <source>rcv không biết mục &quot;{name}&quot; (gõ nhầm?). Xem docs/hardware.md, mục 8.</source>
        <translation>rcv does not know the setting &quot;{name}&quot; (a typo?). See docs/hardware.md, section 8.</translation>
    </message>
    <message>
        <source>Giá trị &quot;{value}&quot; của {setting} không dùng được; cần: {expected}.</source>
        <translation>The value &quot;{value}&quot; of {setting} cannot be used; expected: {expected}.</translation>
    </message>
    <message>
        <source>Phím &quot;{raw}&quot; được gán cho &quot;{key}&quot;, không thuộc A–F.</source>
        <translation>Key &quot;{raw}&quot; is mapped to &quot;{key}&quot;, which is not one of A–F.</translation>
    </message>
    <message>
        <source>Biểu thức chính quy &quot;{pattern}&quot; sai: {detail}</source>
        <translation>The regular expression &quot;{pattern}&quot; is invalid: {detail}</translation>
    </message>
    <message>
        <source>Định dạng {format} cần mục &quot;{what}&quot; nói đọc ghế, mã và phím ở đâu.</source>
        <translation>Format {format} needs a &quot;{what}&quot; setting saying where to read the seat, ID and key.</translation>
    </message>
    <message>
        <source>Một dòng không thể vừa có ghế (seat) vừa có mã bàn phím (id): chọn một; mã bàn phím được ghép với ghế bằng bảng ghép (rcv hw pair).</source>
        <translation>A line cannot carry both a seat (seat) and a keypad ID (id): choose one; keypad IDs are matched to seats by a pairing table (rcv hw pair).</translation>
    </message>
    <message>
        <source>Nhóm &quot;{name}&quot; không được dùng: rcv chỉ đọc seat, id, key và time (cảnh báo).</source>
        <translation>The group &quot;{name}&quot; is not used: rcv reads only seat, id, key and time (warning).</translation>
    </message>
    <message>
        <source>rcv không biết lệnh &quot;{name}&quot; (có: init, arm, arm_buzz, lock, reset, led, leds).</source>
        <translation>rcv does not know the command &quot;{name}&quot; (known: init, arm, arm_buzz, lock, reset, led, leds).</translation>
    </message>
    <message>
        <source>Mẫu lệnh {command} sai: {detail}</source>
        <translation>The template of command {command} is invalid: {detail}</translation>
    </message>
    <message>
        <source>Lệnh {command} dùng chỗ trống không có: {fields}.</source>
        <translation>Command {command} uses placeholders that do not exist: {fields}.</translation>
    </message>
    <message>
        <source>Lệnh {command} dùng {{id}} nhưng dòng của thiết bị không có mã bàn phím (id).</source>
        <translation>Command {command} uses {{id}} but the device&apos;s lines carry no keypad ID (id).</translation>
    </message>
    <message>
        <source>led_states &quot;{name}&quot; không có; dùng: {known}.</source>
        <translation>There is no led_states &quot;{name}&quot;; use: {known}.</translation>
    </message>
    <message>
        <source>Phím gõ &quot;{key}&quot; gán cho &quot;{value}&quot;: cần &quot;ghế:phím&quot; với phím A–F.</source>
        <translation>Typed key &quot;{key}&quot; is bound to &quot;{value}&quot;: expected &quot;seat:key&quot; with a key A–F.</translation>
    </message>
    <message>
        <source>Hồ sơ bàn phím (kind: keyboard) cần bảng bindings.</source>
        <translation>A keyboard profile (kind: keyboard) needs a bindings table.</translation>
    </message>
    <message>
        <source>Mã &quot;{code}&quot; gán cho &quot;{value}&quot;: cần &quot;ghế&quot; hoặc &quot;ghế:phím&quot; với phím A–F.</source>
        <translation>Code &quot;{code}&quot; is mapped to &quot;{value}&quot;: expected &quot;seat&quot; or &quot;seat:key&quot; with a key A–F.</translation>
    </message>
    <message>
        <source>Trong bảng codes, hoặc mọi mã đều có phím, hoặc không mã nào có (nút giành quyền).</source>
        <translation>In the codes table, either every code has a key or none has (buzzers).</translation>
    </message>
    <message>
        <source>Không có simulate.press: &quot;rcv sim --profile&quot; không giả lập được thiết bị này (cảnh báo).</source>
        <translation>No simulate.press: &quot;rcv sim --profile&quot; cannot imitate this device (warning).</translation>
    </message>
    <message>
        <source>Không có tệp {path}.</source>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <source>Không đọc được {path}: {detail}</source>
        <translation>Cannot read {path}: {detail}</translation>
    </message>
    <message>
        <source>Không có hồ sơ &quot;{name}&quot;. Có: {known}.</source>
        <translation>There is no profile &quot;{name}&quot;. Available: {known}.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; là tên của một hồ sơ có sẵn: hãy đặt name khác trong tệp.</source>
        <translation>&quot;{name}&quot; is the name of a built-in profile: give the file another name.</translation>
    </message>
    <message>
        <source>Hồ sơ không dùng được.</source>
        <translation>The profile cannot be used.</translation>
    </message>
    <message>
        <source>dòng {line}: {problem}</source>
        <translation>line {line}: {problem}</translation>
    </message>
    <message>
        <source>{file}: dùng được — hồ sơ &quot;{name}&quot; ({title}). Ghế: {seat}; phím: {key}; khung: {framing}.</source>
        <translation>{file}: usable — profile &quot;{name}&quot; ({title}). Seat: {seat}; key: {key}; framing: {framing}.</translation>
    </message>
    <message>
        <source>{file}: không dùng được ({n} lỗi).</source>
        <translation>{file}: cannot be used (errors: {n}).</translation>
    </message>
    <message>
        <source>đọc từ dòng</source>
        <translation>read from the line</translation>
    </message>
    <message>
        <source>theo bảng ghép mã bàn phím</source>
        <translation>from the keypad pairing table</translation>
    </message>
    <message>
        <source>theo cổng (một cổng một ghế hoặc một đội)</source>
        <translation>by port (one port per seat or team)</translation>
    </message>
    <message>
        <source>A–F</source>
        <translation>A–F</translation>
    </message>
    <message>
        <source>không có (nút giành quyền)</source>
        <translation>none (buzzer)</translation>
    </message>
    <message>
        <source>từng dòng</source>
        <translation>line by line</translation>
    </message>
    <message>
        <source>từng ký tự, không xuống dòng</source>
        <translation>character by character, no line end</translation>
    </message>
    <message>
        <source>Bàn phím {id} → ghế {seat}.</source>
        <translation>Keypad {id} → seat {seat}.</translation>
    </message>
    <message>
        <source>Bàn phím {id} chuyển từ ghế {other} sang ghế {seat}.</source>
        <translation>Keypad {id} moved from seat {other} to seat {seat}.</translation>
    </message>
    <message>
        <source>Bàn phím {id} vừa ghép (ghế {seat}): bấm lại, bỏ qua.</source>
        <translation>Keypad {id} was just paired (seat {seat}): pressed again, ignored.</translation>
    </message>
    <message>
        <source>TRÙNG: bàn phím {id} đã ở ghế {other}, không ghép cho ghế {seat}. Bấm đúng bàn phím của ghế {seat}, hoặc gõ số ghế để chuyển nó.</source>
        <translation>DUPLICATE: keypad {id} already sits at seat {other}, not paired to seat {seat}. Press the keypad of seat {seat}, or type a seat number to move it.</translation>
    </message>
    <message>
        <source>Đã ghép đủ các ghế; bàn phím {id} không đổi.</source>
        <translation>Every seat is paired; keypad {id} is unchanged.</translation>
    </message>
    <message>
        <source>Bấm một phím trên bàn phím ở ghế {seat}…</source>
        <translation>Press a key on the keypad at seat {seat}…</translation>
    </message>
    <message>
        <source>Đi dọc sàn, bấm bàn phím từng ghế theo thứ tự. Gõ một số ghế rồi Enter để ghép ghế đó; Enter để bỏ qua ghế đang hỏi; q rồi Enter để kết thúc.</source>
        <translation>Walk the floor pressing each seat&apos;s keypad in order. Type a seat number and Enter to pair that seat; Enter alone skips the seat asked for; q and Enter to finish.</translation>
    </message>
    <message>
        <source>Đã ghép {paired}/{seats} ghế. Chưa có bàn phím: {missing}. Bỏ qua: {skipped}.</source>
        <translation>Paired {paired}/{seats} seats. Without a keypad: {missing}. Skipped: {skipped}.</translation>
    </message>
    <message>
        <source>Ghế có hai bàn phím: {seats}.</source>
        <translation>Seats with two keypads: {seats}.</translation>
    </message>
    <message>
        <source>Đã lưu bảng ghép vào {path}.</source>
        <translation>Saved the pairing table to {path}.</translation>
    </message>
    <message>
        <source>không</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Bàn phím {id} (chưa ghép) bấm {key}.</source>
        <translation>Keypad {id} (not paired) pressed {key}.</translation>
    </message>
    <message>
        <source>Không biết thiết bị ở {port} phục vụ những ghế nào: ghi rõ bằng --seat (ví dụ --seat 1-10), hoặc ghép bàn phím trước (rcv hw pair … --event TỆP.rcv).</source>
        <translation>Which seats the device on {port} serves is not known: say it with --seat (for example --seat 1-10), or pair its keypads first (rcv hw pair … --event FILE.rcv).</translation>
    </message>
    <message>
        <source>Ghế {seats} của thiết bị ở {port} nằm ngoài sàn (1–{n}).</source>
        <translation>Seats {seats} of the device on {port} are outside the floor (1–{n}).</translation>
    </message>
    <message>
        <source>Thiết bị ở {port} (ghế {seats}) trùng ghế với thiết bị ở {other}.</source>
        <translation>The device on {port} (seats {seats}) shares seats with the device on {other}.</translation>
    </message>
    <message>
        <source>Tập dượt với thiết bị thật: {devices}; các ghế khác là bàn phím mô phỏng. Bấm Space để đi từng bước.</source>
        <translation>Rehearsing with the real device: {devices}; every other seat is a simulated keypad. Press Space to take each step.</translation>
    </message>
    <message>
        <source>Tập dượt với thiết bị thật cần cửa sổ điều khiển (không chạy được với --headless).</source>
        <translation>Rehearsing with a real device needs the console window (it cannot run with --headless).</translation>
    </message>
    <message>
        <source>không nghe thấy nhịp tim</source>
        <translation>no heartbeat heard</translation>
    </message>
    <message>
        <source>mất cổng — đang nối lại</source>
        <translation>port lost — reconnecting</translation>
    </message>
    <message>
        <source>không mở được cổng</source>
        <translation>cannot open the port</translation>
    </message>
    <message>
        <source>chưa chào (đang khởi động?)</source>
        <translation>no hello yet (still starting?)</translation>
    </message>
    <message>
        <source>mất khung — đang lấy lại</source>
        <translation>frames missing — asking for them again</translation>
    </message>
    <message>
        <source>trùng dải ghế</source>
        <translation>overlapping seat ranges</translation>
    </message>
    <message>
        <source>Trùng ghế {first}–{last}: {who_a} ({port_a}, ghế {from_a}–{to_a}) và {who_b} ({port_b}, ghế {from_b}–{to_b}). Sửa dải ghế trước buổi thi.</source>
        <translation>Seats {first}–{last} are claimed twice: {who_a} ({port_a}, seats {from_a}–{to_a}) and {who_b} ({port_b}, seats {from_b}–{to_b}). Fix the seat ranges before the show.</translation>
    </message>
    <message>
        <source>Không nối được bộ thu: {detail}</source>
        <translation>Cannot connect the hubs: {detail}</translation>
    </message>
</context>
<context>
    <name>HardwarePanel</name>
    <message>
        <source>Bộ thu</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Hợp lệ</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Nhiễu</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>Mất</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Chưa nối bộ thu: trạng thái phần cứng sẽ hiện ở đây khi mô-đun phần cứng (rcv.hardware) được nối vào bảng điều khiển.</source>
        <translation>No receiver connected: the hardware status will appear here once the hardware module (rcv.hardware) is connected to the console.</translation>
    </message>
    <message>
        <source>Đang chờ tin từ bộ thu…</source>
        <translation>Waiting for the receiver…</translation>
    </message>
    <message>
        <source>{n} giây trước</source>
        <translation>{n} s ago</translation>
    </message>
    <message>
        <source>MẤT KẾT NỐI</source>
        <translation>DISCONNECTED</translation>
    </message>
    <message>
        <source>Nguồn: bộ thu</source>
        <translation>Source: hubs</translation>
    </message>
    <message>
        <source>{port} · {n} bàn phím</source>
        <translation>{port} · {n} keypads</translation>
    </message>
    <message>
        <source>Tổng: nhận {received} = hợp lệ {accepted} + từ chối {refused} + nhiễu {noise}; mất {lost}.</source>
        <translation>Total: received {received} = accepted {accepted} + refused {refused} + noise {noise}; lost {lost}.</translation>
    </message>
    <message>
        <source>Đang chờ ghi: {n}.</source>
        <translation>Waiting to be written: {n}.</translation>
    </message>
    <message>
        <source>Nhận khi chưa mở sự kiện (không có nhật ký): {n}.</source>
        <translation>Received with no event open (no log): {n}.</translation>
    </message>
    <message>
        <source>Câu này: lần bấm bị từ chối — {what}</source>
        <translation>This question: presses refused — {what}</translation>
    </message>
    <message>
        <source>Câu này: {n} khung nhiễu hoặc hỏng</source>
        <translation>This question: {n} noisy or damaged frames</translation>
    </message>
    <message>
        <source>Câu này: mất {n} khung không lấy lại được</source>
        <translation>This question: {n} frames lost for good</translation>
    </message>
    <message>
        <source>{n} bàn phím chưa bấm khi đã quá nửa thời gian</source>
        <translation>{n} keypads have not pressed with over half the time gone</translation>
    </message>
    <message>
        <source>Bàn phím im lặng: ghế </source>
        <translation>Silent keypads: seats </translation>
    </message>
    <message>
        <source>Không có bàn phím im lặng.</source>
        <translation>No silent keypads.</translation>
    </message>
</context>
<context>
    <name>HardwareSetup</name>
    <message>
        <source>Hub rcv (giao thức của rcv) — nên dùng</source>
        <translation>rcv hub (rcv&apos;s own protocol) — recommended</translation>
    </message>
    <message>
        <source>Arduino tự làm, in dòng P3:B</source>
        <translation>Home-made Arduino printing P3:B lines</translation>
    </message>
    <message>
        <source>ESP32, dòng JSON (bàn phím không dây)</source>
        <translation>ESP32, JSON lines (wireless keypads)</translation>
    </message>
    <message>
        <source>Bàn bấm theo đội, dòng đội,nút</source>
        <translation>Team buzzer console, team,button lines</translation>
    </message>
    <message>
        <source>Nút bấm USB giả làm bàn phím</source>
        <translation>USB buttons that act as a keyboard</translation>
    </message>
    <message>
        <source>Clicker có CLICKER_ID = số ghế (007:C)</source>
        <translation>Clicker with CLICKER_ID = seat number (007:C)</translation>
    </message>
    <message>
        <source>Một clicker mỗi cổng USB (CLICKER_ID:đáp án), ghế đặt theo cổng</source>
        <translation>One clicker per USB port (CLICKER_ID:answer), seat set per port</translation>
    </message>
    <message>
        <source>Chuông không dây ESP-NOW, 4 đội × 4 người (A1…D4)</source>
        <translation>ESP-NOW wireless buzzers, 4 teams × 4 players (A1…D4)</translation>
    </message>
    <message>
        <source>Bàn bấm giành quyền, mỗi lần bấm một ký tự (không xuống dòng)</source>
        <translation>Buzzer board, one character per press (no line end)</translation>
    </message>
    <message>
        <source>Chuông giành quyền 10 người (Quiz Bowl), không có phím đáp án</source>
        <translation>10-player lock-out buzzer (Quiz Bowl), no answer keys</translation>
    </message>
    <message>
        <source>Bộ thu clicker Turning RCRF-03 (Arduino + nRF24), mã hệ 16</source>
        <translation>Turning RCRF-03 clicker receiver (Arduino + nRF24), hex IDs</translation>
    </message>
</context>
<context>
    <name>HardwareSetupDialog</name>
    <message>
        <source>Bộ thu và bàn phím</source>
        <translation>Receivers and keypads</translation>
    </message>
    <message>
        <source>Mỗi bộ thu (hub) nối qua một cổng nối tiếp. Chọn cổng đã tìm thấy hoặc gõ đường dẫn (ví dụ /dev/ttyUSB0, COM5, usb:1A86:7523, socket://máy:cổng), rồi chọn loại thiết bị.</source>
        <translation>Each receiver (hub) connects through a serial port. Choose a port that was found or type its path (for example /dev/ttyUSB0, COM5, usb:1A86:7523, socket://host:port), then choose the kind of device.</translation>
    </message>
    <message>
        <source>Đang dò cổng…</source>
        <translation>Looking for ports…</translation>
    </message>
    <message>
        <source>Cổng</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Loại thiết bị</source>
        <translation>Kind of device</translation>
    </message>
    <message>
        <source>Ghế của cổng</source>
        <translation>Seats of the port</translation>
    </message>
    <message>
        <source>Để trống khi thiết bị tự nói ghế. Một cổng một ghế hoặc một đội: số ghế (7); một hộp có ghế 1–16 đặt ở ghế 17–32 của sàn: 17-32.</source>
        <translation>Leave empty when the device says its seats. One port per seat or team: the seat (7); a box whose seats 1–16 sit at the floor&apos;s seats 17–32: 17-32.</translation>
    </message>
    <message>
        <source>Dò lại cổng</source>
        <translation>Look for ports again</translation>
    </message>
    <message>
        <source>Thêm bộ thu</source>
        <translation>Add receiver</translation>
    </message>
    <message>
        <source>Bớt bộ thu</source>
        <translation>Remove receiver</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Lưu và kết nối</source>
        <translation>Save and connect</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Chưa kết nối được từ bảng điều khiển: bộ nối giữa rcv.hardware và chương trình chưa được lắp vào. Cấu hình vẫn được lưu.</source>
        <translation>Cannot connect from the console yet: the link between rcv.hardware and the program is not in place. The configuration is saved anyway.</translation>
    </message>
    <message>
        <source>Cổng tìm thấy:</source>
        <translation>Ports found:</translation>
    </message>
    <message>
        <source>Không tìm thấy cổng nối tiếp nào: gõ đường dẫn cổng.</source>
        <translation>No serial port found: type the port path.</translation>
    </message>
    <message>
        <source>Không thấy bộ chuyển USB nào: cổng trên chưa chắc là bộ thu. Cắm bộ thu rồi bấm Dò lại cổng, hoặc gõ cổng.</source>
        <translation>No USB adapter found: the port above is probably not a hub. Plug the hub in and press Scan ports again, or type the port.</translation>
    </message>
    <message>
        <source>tự nói</source>
        <translation>from the device</translation>
    </message>
    <message>
        <source>Ghế của dòng {rows} phải là một số (7) hoặc một dải (17-32).</source>
        <translation>The seats of row {rows} must be a number (7) or a range (17-32).</translation>
    </message>
    <message>
        <source>Đã lưu cấu hình bộ thu.</source>
        <translation>Receiver configuration saved.</translation>
    </message>
    <message>
        <source>Nhập hồ sơ thiết bị…</source>
        <translation>Import a device profile…</translation>
    </message>
    <message>
        <source>Thử trực tiếp dòng đang chọn</source>
        <translation>Try the selected row live</translation>
    </message>
    <message>
        <source>Dừng thử</source>
        <translation>Stop trying</translation>
    </message>
    <message>
        <source>Ghép bàn phím với ghế…</source>
        <translation>Pair keypads with seats…</translation>
    </message>
    <message>
        <source>Mở một tệp sự kiện trước: bảng ghép lưu trong đó.</source>
        <translation>Open an event file first: the pairing table is kept in it.</translation>
    </message>
    <message>
        <source>Chọn một dòng có cổng (và ghế đúng dạng).</source>
        <translation>Choose a row with a port (and seats written right).</translation>
    </message>
    <message>
        <source>Nhập hồ sơ thiết bị</source>
        <translation>Import a device profile</translation>
    </message>
    <message>
        <source>Thiết bị này tự nói ghế: không cần ghép.</source>
        <translation>This device says its own seats: no pairing needed.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Tệp nặng {size} MB, vượt giới hạn {limit} MB nên không được đọc. Xoá bớt hình ảnh, trang tính hoặc phần không dùng (trong Word: Tệp › Nén ảnh), hoặc tách thành nhiều tệp.</source>
        <translation>The file is {size} MB, over the {limit} MB limit, so it was not read. Remove unused pictures, sheets or parts (in Word: File › Compress Pictures), or split it into several files.</translation>
    </message>
    <message>
        <source>Tệp nén chứa {count} phần, vượt giới hạn {limit}: đây không phải tệp Office bình thường. Mở tệp bằng Excel hoặc Word, chép nội dung cần dùng sang tệp mới rồi lưu lại.</source>
        <translation>The file&apos;s zip holds {count} parts, over the limit of {limit}: this is not an ordinary Office file. Open it in Excel or Word, copy what is needed into a new file and save it.</translation>
    </message>
    <message>
        <source>Khi giải nén, {part} chiếm {size} MB, vượt giới hạn {limit} MB, nên tệp không được đọc (tệp bị hỏng hoặc chứa rất nhiều ô/dòng thừa). Mở tệp bằng Excel hoặc Word, xoá các dòng, cột thừa hoặc chép phần cần dùng sang tệp mới, lưu lại rồi thử lại.</source>
        <translation>Unpacked, {part} takes {size} MB, over the {limit} MB limit, so the file was not read (it is damaged or full of unused cells or rows). Open it in Excel or Word, delete the unused rows and columns or copy what is needed into a new file, save and try again.</translation>
    </message>
    <message>
        <source>Tệp có quá nhiều phần tử (hơn {limit}, tính đến {part}) nên không được đọc. Tách thành nhiều tệp nhỏ hơn, hoặc chép nội dung sang tệp mới và lưu lại.</source>
        <translation>The file has too many elements (over {limit}, counting up to {part}), so it was not read. Split it into smaller files, or copy the content into a new file and save it.</translation>
    </message>
    <message>
        <source>Phần {part} có khai báo DTD/ENTITY mà tệp Office thật không bao giờ có; để an toàn, rcv không đọc tệp này. Mở tệp bằng Excel hoặc Word và lưu thành tệp mới.</source>
        <translation>Part {part} declares a DTD/ENTITY, which real Office files never do; to stay safe rcv does not read it. Open the file in Excel or Word and save it as a new file.</translation>
    </message>
    <message>
        <source>Tệp có đuôi &quot;{ext}&quot; nhưng thực ra là tệp {actual}; ở đây cần tệp {expected}. Chọn đúng tệp, hoặc mở tệp và lưu lại đúng định dạng.</source>
        <translation>The file is named &quot;{ext}&quot; but is really a {actual} file; a {expected} file is needed here. Pick the right file, or open it and save it in the right format.</translation>
    </message>
    <message>
        <source>Tệp hình/âm thanh &quot;{path}&quot; nặng {size} MB, vượt giới hạn {limit} MB. Nén hoặc thu nhỏ tệp (ví dụ ảnh dưới 5 MB), rồi thử lại.</source>
        <translation>The media file &quot;{path}&quot; is {size} MB, over the {limit} MB limit. Compress or shrink it (e.g. pictures under 5 MB) and try again.</translation>
    </message>
    <message>
        <source>Trang tính có ít nhất {count} ô (kể cả ô trống đã định dạng), vượt giới hạn {limit} ô của cả tệp, nên tệp không được đọc. Xoá các dòng, cột thừa bên dưới và bên phải bảng (bấm Ctrl+End để thấy ô cuối), hoặc chép bảng sang tệp mới bằng Dán giá trị (Paste Values).</source>
        <translation>The sheet has at least {count} cells (formatted empty ones included), over the limit of {limit} for the whole file, so the file was not read. Delete the unused rows and columns below and right of the table (Ctrl+End shows the last cell), or copy the table into a new file with Paste Values.</translation>
    </message>
    <message>
        <source>Tệp có hơn {limit} dòng có dữ liệu; rcv dừng đọc ở dòng này. Tách thành nhiều tệp hoặc xoá các dòng không dùng.</source>
        <translation>The file has more than {limit} rows with data; rcv stopped reading at this row. Split it into several files or delete the rows that are not needed.</translation>
    </message>
    <message>
        <source>Trang tính kéo dài tới dòng này mà vẫn chưa hết (giới hạn {limit} dòng kể cả dòng trống) nên rcv dừng đọc ở đây. Xoá các dòng trống thừa xen giữa dữ liệu rồi lưu lại.</source>
        <translation>The sheet still goes on at this row (limit: {limit} rows, empty ones included), so rcv stopped reading here. Delete the empty rows between the data and save.</translation>
    </message>
    <message>
        <source>Ô {cell} có dữ liệu nhưng cách bảng phía trên hơn {run} dòng trống, nên không được đọc. Nếu là ô gõ nhầm, hãy xoá nó (Ctrl+End trong Excel đưa tới ô cuối); nếu là dữ liệu thật, xoá các dòng trống ở giữa.</source>
        <translation>Cell {cell} holds data but lies more than {run} empty rows below the table, so it was not read. If it was typed by mistake, delete it (Ctrl+End in Excel goes to the last cell); if it is real data, delete the empty rows in between.</translation>
    </message>
    <message>
        <source>Ô {cell} có dữ liệu nhưng rcv chỉ đọc các cột A–{last}, nên không được đọc. Nếu là ô gõ nhầm, hãy xoá nó; nếu cần, chuyển dữ liệu vào các cột bên trái.</source>
        <translation>Cell {cell} holds data but rcv reads columns A–{last} only, so it was not read. If it was typed by mistake, delete it; if it is needed, move it into the columns on the left.</translation>
    </message>
    <message>
        <source>Vùng gộp ô {range} quá lớn nên được bỏ qua (các ô trong vùng được đọc như ô riêng). Bỏ gộp ô (Unmerge) ở vùng này.</source>
        <translation>The merged range {range} is too large and was ignored (its cells are read one by one). Unmerge it.</translation>
    </message>
    <message>
        <source>Ô {cell} chứa {length} ký tự, vượt giới hạn {limit} ký tự của một ô nên không được dùng. Kiểm tra xem có dán nhầm cả đoạn văn bản vào ô không.</source>
        <translation>Cell {cell} holds {length} characters, over the {limit} allowed in a cell, so it was not used. Check that a whole text was not pasted into it by mistake.</translation>
    </message>
    <message>
        <source>Đoạn này dài {length} ký tự, vượt giới hạn {limit} ký tự của một đoạn nên không được đọc. Tách thành nhiều đoạn hoặc xoá phần dán nhầm.</source>
        <translation>This paragraph is {length} characters long, over the {limit} allowed in a paragraph, so it was not read. Split it into several paragraphs or delete what was pasted by mistake.</translation>
    </message>
    <message>
        <source>Tài liệu có {paragraphs} đoạn và {runs} đoạn chữ định dạng (run); rcv đọc tối đa {max_paragraphs} đoạn và {max_runs} run trong một tệp Word. Tách thành nhiều tệp, hoặc dùng Excel/YAML cho bộ câu hỏi lớn.</source>
        <translation>The document has {paragraphs} paragraphs and {runs} formatted text runs; rcv reads at most {max_paragraphs} paragraphs and {max_runs} runs from one Word file. Split it into several files, or use Excel/YAML for a large question bank.</translation>
    </message>
    <message>
        <source>Tệp dùng bí danh YAML (*{alias}). rcv không nhận anchor/alias (&amp;…, *…) trong tệp câu hỏi, vì chúng có thể làm tệp phình ra hàng tỉ giá trị. Viết đầy đủ giá trị thay cho *{alias}.</source>
        <translation>The file uses a YAML alias (*{alias}). rcv does not accept anchors/aliases (&amp;…, *…) in question files, since they can blow a file up into billions of values. Write the value out in full instead of *{alias}.</translation>
    </message>
    <message>
        <source>Các danh sách/khối lồng nhau quá sâu (hơn {limit} tầng). Tệp câu hỏi chỉ cần vài tầng: kiểm tra dấu ngoặc [ ] {{ }} và thụt lề.</source>
        <translation>Lists/blocks are nested too deeply (over {limit} levels). A question file needs only a few levels: check the brackets [ ] {{ }} and the indentation.</translation>
    </message>
    <message>
        <source>Tệp có hơn {limit} giá trị nên không được đọc hết. Tách thành nhiều tệp nhỏ hơn.</source>
        <translation>The file holds more than {limit} values, so it was not read. Split it into smaller files.</translation>
    </message>
    <message>
        <source>Tệp có {count} câu hỏi, vượt giới hạn {limit} câu của một bộ. Tách thành nhiều bộ.</source>
        <translation>The file has {count} questions, over the limit of {limit} per set. Split it into several sets.</translation>
    </message>
    <message>
        <source>Danh sách có {count} thí sinh, vượt giới hạn {limit} thí sinh của một buổi thi. Kiểm tra xem có dòng thừa không, hoặc chia thành nhiều buổi.</source>
        <translation>The list has {count} contestants, over the limit of {limit} for one event. Check for stray rows, or split it into several events.</translation>
    </message>
    <message>
        <source>Câu hỏi có {count} cách viết đáp án được chấp nhận; tối đa {limit}. Bỏ bớt các cách viết gần giống nhau.</source>
        <translation>The question has {count} accepted spellings of its answer; at most {limit}. Remove near-duplicates.</translation>
    </message>
    <message>
        <source>Nội dung dài {length} ký tự, vượt giới hạn {limit} ký tự của mục này nên không dùng được. Rút gọn lại; nếu không phải nội dung của mục này, kiểm tra xem các cột có bị lệch hoặc dán nhầm không.</source>
        <translation>The value is {length} characters long, over the {limit} allowed here, so it cannot be used. Shorten it; if it does not belong here, check that the columns are not shifted and nothing was pasted by mistake.</translation>
    </message>
    <message>
        <source>Họ tên dài {length} ký tự (trên {limit}) nên có thể không vừa màn chiếu. Kiểm tra lại và viết gọn nếu được.</source>
        <translation>The name is {length} characters long (over {limit}) and may not fit on the projector. Check it and shorten it if possible.</translation>
    </message>
    <message>
        <source>Tên bộ câu hỏi dài {length} ký tự; chỉ giữ {limit} ký tự đầu. Nên đặt tên ngắn hơn.</source>
        <translation>The set&apos;s title is {length} characters long; only the first {limit} are kept. Give it a shorter title.</translation>
    </message>
    <message>
        <source>Thời gian &quot;{value}&quot; giây quá dài; tối đa {limit} giây. Ghi số giây, ví dụ 20.</source>
        <translation>The time &quot;{value}&quot; seconds is too long; at most {limit} seconds. Write e.g. 20.</translation>
    </message>
    <message>
        <source>Số ghế {value} quá lớn; rcv nhận số ghế từ 1 đến {limit}. Kiểm tra lại cột số ghế.</source>
        <translation>Seat {value} is too large; rcv takes seats 1 to {limit}. Check the seat column.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp. Kiểm tra lại đường dẫn và tên tệp.</source>
        <translation>File not found. Check the path and the file name.</translation>
    </message>
    <message>
        <source>Không mở được tệp ({reason}). Nếu tệp đang mở trong Excel hoặc Word, hãy đóng lại; kiểm tra quyền đọc tệp rồi thử lại.</source>
        <translation>The file cannot be opened ({reason}). If it is open in Excel or Word, close it; check that you may read it, then try again.</translation>
    </message>
    <message>
        <source>Tệp rỗng (0 byte). Có thể tệp chưa lưu xong hoặc chép bị lỗi: hãy lấy lại tệp gốc.</source>
        <translation>The file is empty (0 bytes). It may not have been saved or copied fully: get the original.</translation>
    </message>
    <message>
        <source>Tệp được đặt mật khẩu nên không đọc được. Mở tệp, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ › Mã hoá bằng mật khẩu › xoá mật khẩu) rồi lưu lại.</source>
        <translation>The file is password-protected. Open it, remove the password (File › Info › Protect › Encrypt with Password › clear it) and save it again.</translation>
    </message>
    <message>
        <source>Đây là tệp Office kiểu cũ (.xls/.doc, Office 97–2003). Mở tệp và dùng Lưu thành (Save As) để lưu dạng .xlsx hoặc .docx.</source>
        <translation>This is an old Office file (.xls/.doc, Office 97–2003). Open it and use Save As to save it as .xlsx or .docx.</translation>
    </message>
    <message>
        <source>Tệp bị hỏng hoặc không phải tệp {expected} thật ({reason}). Mở tệp bằng {expected}, lưu thành tệp mới rồi thử lại.</source>
        <translation>The file is damaged or not a real {expected} file ({reason}). Open it in {expected}, save it as a new file and try again.</translation>
    </message>
    <message>
        <source>Không nhận ra loại tệp &quot;{ext}&quot;. rcv đọc câu hỏi từ .xlsx, .docx, .yaml/.yml, .json và danh sách thí sinh từ .xlsx.</source>
        <translation>Unknown file type &quot;{ext}&quot;. rcv reads questions from .xlsx, .docx, .yaml/.yml, .json and contestant lists from .xlsx.</translation>
    </message>
    <message>
        <source>Tệp có đuôi &quot;{ext}&quot; nhưng thực ra là tệp {actual}; rcv đọc theo nội dung. Nên đổi đuôi tệp cho đúng.</source>
        <translation>The file is named &quot;{ext}&quot; but is really a {actual} file; rcv reads it by its content. Rename it with the right extension.</translation>
    </message>
    <message>
        <source>Không tìm thấy câu hỏi nào. Kiểm tra tệp có dòng tiêu đề (Câu hỏi, Phương án A…, Đáp án) hoặc các đoạn &quot;Câu 1.&quot;; xem mẫu questions/templates/mau-cau-hoi.xlsx.</source>
        <translation>No questions were found. Check that the file has a header row (Question, Option A…, Answer) or &quot;Question 1.&quot; paragraphs; see questions/templates/mau-cau-hoi.xlsx.</translation>
    </message>
    <message>
        <source>Không tìm thấy thí sinh nào. Kiểm tra dòng tiêu đề (SBD, Họ và tên…); xem mẫu questions/templates/mau-thi-sinh.xlsx.</source>
        <translation>No contestants were found. Check the header row (Candidate number, Name…); see questions/templates/mau-thi-sinh.xlsx.</translation>
    </message>
    <message>
        <source>Không thấy dòng tiêu đề nhận ra được trong {rows} dòng đầu, nên trang này không được đọc. Cần các cột: {expected}.</source>
        <translation>No recognisable header row in the first {rows} rows, so this sheet was not read. Needed columns: {expected}.</translation>
    </message>
    <message>
        <source>Trang tính đang bị ẩn nên không được đọc. Nếu cần, hãy bỏ ẩn (Unhide) rồi lưu lại.</source>
        <translation>The sheet is hidden, so it was not read. Unhide it and save if it is needed.</translation>
    </message>
    <message>
        <source>Thiếu cột {field}. Thêm cột có tiêu đề &quot;{field}&quot; vào dòng tiêu đề (dòng {row}).</source>
        <translation>The {field} column is missing. Add a column headed &quot;{field}&quot; to the header row (row {row}).</translation>
    </message>
    <message>
        <source>Hai cột {first} và {second} cùng là {field}. Đổi tên hoặc xoá một cột.</source>
        <translation>Columns {first} and {second} are both {field}. Rename or delete one of them.</translation>
    </message>
    <message>
        <source>Cột {column} &quot;{label}&quot; không được dùng vì rcv không hiểu tiêu đề này. Nếu cột này cần thiết, đặt lại tiêu đề theo mẫu.</source>
        <translation>Column {column} &quot;{label}&quot; is not used: rcv does not know this header. Rename it as in the template if it is needed.</translation>
    </message>
    <message>
        <source>Dòng đang bị ẩn nên không được nhập. Nếu cần dòng này, hãy bỏ ẩn rồi lưu lại.</source>
        <translation>The row is hidden, so it was not imported. Unhide it and save if it is needed.</translation>
    </message>
    <message>
        <source>Ô {cell} là công thức ({formula}) chưa có giá trị đã tính. Mở tệp bằng Excel, bấm Lưu rồi thử lại (hoặc dán giá trị thay cho công thức).</source>
        <translation>Cell {cell} holds a formula ({formula}) with no computed value. Open the file in Excel, save it and try again (or paste values instead of the formula).</translation>
    </message>
    <message>
        <source>Ô {cell} báo lỗi {value}. Sửa công thức hoặc gõ giá trị trực tiếp.</source>
        <translation>Cell {cell} shows the error {value}. Fix the formula or type the value.</translation>
    </message>
    <message>
        <source>Excel đã đổi ô {cell} thành ngày tháng; rcv đọc là &quot;{text}&quot;. Nếu không đúng, định dạng ô là Văn bản (Text) rồi gõ lại.</source>
        <translation>Excel turned cell {cell} into a date; rcv reads &quot;{text}&quot;. If that is wrong, format the cell as Text and type it again.</translation>
    </message>
    <message>
        <source>Thí sinh chưa có SBD. Điền số báo danh hoặc xoá dòng.</source>
        <translation>The contestant has no candidate number. Fill it in or delete the row.</translation>
    </message>
    <message>
        <source>Thí sinh có SBD &quot;{sbd}&quot; chưa có họ tên. Điền họ tên.</source>
        <translation>The contestant with candidate number &quot;{sbd}&quot; has no name. Fill it in.</translation>
    </message>
    <message>
        <source>SBD &quot;{sbd}&quot; trùng với thí sinh ở {other}. Mỗi thí sinh cần một SBD riêng.</source>
        <translation>Candidate number &quot;{sbd}&quot; is also given to the contestant at {other}. Each needs their own.</translation>
    </message>
    <message>
        <source>SBD {sbd} được lưu dạng số trong khi các SBD khác có số 0 ở đầu; rcv đọc là &quot;{sbd}&quot;. Nếu cần số 0 ở đầu, định dạng cột là Văn bản (Text) và gõ lại.</source>
        <translation>Candidate number {sbd} is stored as a number while others start with 0; rcv reads &quot;{sbd}&quot;. If it needs leading zeros, format the column as Text and type it again.</translation>
    </message>
    <message>
        <source>Số ghế &quot;{value}&quot; không phải số nguyên dương. Ghi một số, ví dụ 12.</source>
        <translation>The seat &quot;{value}&quot; is not a whole positive number. Write e.g. 12.</translation>
    </message>
    <message>
        <source>Thí sinh chưa có số ghế trong khi các thí sinh khác có. Điền số ghế cho mọi thí sinh hoặc xoá cả cột để rcv tự xếp.</source>
        <translation>This contestant has no seat while others do. Give every contestant a seat or delete the column so rcv assigns them.</translation>
    </message>
    <message>
        <source>Ghế {seat} đã xếp cho thí sinh ở {other}. Mỗi ghế một thí sinh.</source>
        <translation>Seat {seat} is already taken by the contestant at {other}. One contestant per seat.</translation>
    </message>
    <message>
        <source>Mã check-in &quot;{checkin}&quot; trùng với thí sinh ở {other}. Mỗi thí sinh cần mã riêng.</source>
        <translation>Check-in code &quot;{checkin}&quot; is also given to the contestant at {other}. Make them unique.</translation>
    </message>
    <message>
        <source>Tệp không ghi số ghế: rcv xếp ghế 1–{count} theo thứ tự danh sách.</source>
        <translation>The file gives no seats: rcv assigns seats 1–{count} in list order.</translation>
    </message>
    <message>
        <source>Danh sách nằm ở {count} trang tính; tên trang được dùng làm nhóm/lớp của thí sinh.</source>
        <translation>The list spans {count} sheets; each sheet&apos;s name is used as its contestants&apos; group.</translation>
    </message>
    <message>
        <source>Câu hỏi không có nội dung. Điền nội dung câu hỏi hoặc xoá cả dòng.</source>
        <translation>The question has no text. Fill it in or delete the whole row.</translation>
    </message>
    <message>
        <source>Câu hỏi không dùng được: {reason}. Sửa câu hỏi theo mẫu.</source>
        <translation>The question cannot be used: {reason}. Fix it as in the template.</translation>
    </message>
    <message>
        <source>Câu hỏi không có mã (id). Thêm một mã riêng, ví dụ M01.</source>
        <translation>The question has no id. Give it a unique id, e.g. M01.</translation>
    </message>
    <message>
        <source>Mã câu &quot;{id}&quot; đã dùng cho câu ở {other}. Mỗi câu cần một mã riêng.</source>
        <translation>The id &quot;{id}&quot; is already used by the question at {other}. Each question needs its own.</translation>
    </message>
    <message>
        <source>Câu hỏi chưa có đáp án. Ghi đáp án đúng ({expected}).</source>
        <translation>The question has no answer. Give the correct answer ({expected}).</translation>
    </message>
    <message>
        <source>Đáp án &quot;{answer}&quot; không nằm trong các phương án {letters}. Sửa đáp án hoặc bổ sung phương án.</source>
        <translation>The answer &quot;{answer}&quot; is not one of the options {letters}. Fix the answer or add the option.</translation>
    </message>
    <message>
        <source>Không hiểu đáp án &quot;{answer}&quot;. Ghi một chữ cái trong {letters}.</source>
        <translation>The answer &quot;{answer}&quot; is not understood. Write one letter of {letters}.</translation>
    </message>
    <message>
        <source>Câu đúng/sai cần đáp án Đúng hoặc Sai (Đ/S), ở đây ghi &quot;{answer}&quot;.</source>
        <translation>A true/false question needs the answer True or False, here &quot;{answer}&quot;.</translation>
    </message>
    <message>
        <source>Dòng đáp án ghi {written} nhưng phương án được đánh dấu là {marked}. Giữ một cách ghi đáp án cho khớp.</source>
        <translation>The answer line says {written} but the marked option is {marked}. Make them agree.</translation>
    </message>
    <message>
        <source>Nhiều phương án được đánh dấu là đúng ({letters}). Chỉ đánh dấu một phương án, hoặc ghi dòng &quot;Đáp án: …&quot;.</source>
        <translation>Several options are marked as correct ({letters}). Mark only one, or add an &quot;Answer: …&quot; line.</translation>
    </message>
    <message>
        <source>Câu trắc nghiệm cần từ 2 đến 6 phương án, câu này có {count}. Bổ sung phương án hoặc đổi loại câu.</source>
        <translation>A multiple-choice question needs 2 to 6 options, this one has {count}. Add options or change its kind.</translation>
    </message>
    <message>
        <source>Câu hỏi có {count} phương án; rcv nhận tối đa 6 (A–F). Bỏ bớt phương án.</source>
        <translation>The question has {count} options; rcv takes at most 6 (A–F). Remove some.</translation>
    </message>
    <message>
        <source>Phương án {letter} để trống nhưng phương án {later} có nội dung. Điền phương án {letter} hoặc dồn các phương án lên.</source>
        <translation>Option {letter} is empty but option {later} is not. Fill option {letter} or move the options up.</translation>
    </message>
    <message>
        <source>Phương án {letter} đứng sau phương án {previous}: thiếu hoặc lặp phương án. Sắp lại các phương án A, B, C… theo thứ tự.</source>
        <translation>Option {letter} comes after option {previous}: an option is missing or repeated. Put them in order A, B, C…</translation>
    </message>
    <message>
        <source>Câu trả lời ngắn không có phương án. Xoá các phương án, hoặc đổi loại câu thành trắc nghiệm.</source>
        <translation>A short-answer question has no options. Remove them, or make it multiple choice.</translation>
    </message>
    <message>
        <source>Câu đúng/sai chỉ có hai phương án Đúng và Sai, ở đây là {options}. Xoá các phương án hoặc đổi loại câu thành trắc nghiệm.</source>
        <translation>A true/false question has just the two options True and False, here {options}. Remove the options or make it multiple choice.</translation>
    </message>
    <message>
        <source>Không hiểu loại câu &quot;{value}&quot;. Dùng: Trắc nghiệm, Đúng/Sai hoặc Trả lời ngắn.</source>
        <translation>Unknown question kind &quot;{value}&quot;. Use: choice, true_false or short.</translation>
    </message>
    <message>
        <source>Không hiểu vòng &quot;{value}&quot;. Dùng: Chính, Phụ, Cứu trợ, Khán giả hoặc Chuông vàng.</source>
        <translation>Unknown pool &quot;{value}&quot;. Use: main, tiebreak, rescue, audience or final.</translation>
    </message>
    <message>
        <source>Thời gian &quot;{value}&quot; không phải số giây nguyên dương. Ghi một số, ví dụ 20.</source>
        <translation>The time &quot;{value}&quot; is not a whole positive number of seconds. Write e.g. 20.</translation>
    </message>
    <message>
        <source>Không ghi thời gian: câu này dùng thời gian mặc định theo thể lệ.</source>
        <translation>No time given: this question uses the rules&apos; default time.</translation>
    </message>
    <message>
        <source>Không có cột thời gian: cả {count} câu dùng thời gian mặc định theo thể lệ.</source>
        <translation>No time column: all {count} questions use the rules&apos; default time.</translation>
    </message>
    <message>
        <source>Nội dung câu hỏi trùng với câu ở {other}. Kiểm tra xem có nhập nhầm hai lần không.</source>
        <translation>The question text is the same as the one at {other}. Check it was not entered twice.</translation>
    </message>
    <message>
        <source>Câu hỏi dài {length} ký tự (quá {limit}) nên khó đọc trên màn chiếu. Nên rút gọn.</source>
        <translation>The question is {length} characters long (over {limit}): hard to read on the projector. Shorten it.</translation>
    </message>
    <message>
        <source>Phương án {letter} dài {length} ký tự (quá {limit}) nên khó đọc trên màn chiếu. Nên rút gọn.</source>
        <translation>Option {letter} is {length} characters long (over {limit}): hard to read on the projector. Shorten it.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp hình &quot;{path}&quot; (tính từ thư mục chứa tệp câu hỏi). Chép tệp hình vào đúng chỗ hoặc sửa đường dẫn.</source>
        <translation>The media file &quot;{path}&quot; was not found (relative to the question file&apos;s folder). Copy it there or fix the path.</translation>
    </message>
    <message>
        <source>Đường dẫn hình &quot;{path}&quot; ra ngoài thư mục của tệp câu hỏi. Chép hình vào thư mục đó (ví dụ images/) và sửa đường dẫn.</source>
        <translation>The media path &quot;{path}&quot; leaves the question file&apos;s folder. Copy the file inside it (e.g. images/) and fix the path.</translation>
    </message>
    <message>
        <source>Câu hỏi có {count} hình; rcv chiếu một hình cho mỗi câu. Gộp thành một hình.</source>
        <translation>The question has {count} pictures; rcv shows one per question. Merge them into one.</translation>
    </message>
    <message>
        <source>Có hình trong phương án {letter}; rcv chỉ chiếu hình của câu hỏi. Đưa hình lên phần câu hỏi (ghép các phương án vào một hình) và ghi phương án bằng chữ.</source>
        <translation>Option {letter} holds a picture; rcv only shows the question&apos;s picture. Move it to the question (one picture with all options) and write the options as text.</translation>
    </message>
    <message>
        <source>Không thấy câu hỏi nào theo mẫu &quot;Câu 1.&quot; hoặc &quot;Câu 1:&quot; ở đầu đoạn. Mỗi câu bắt đầu bằng &quot;Câu &lt;số&gt;.&quot;, tiếp theo là các phương án &quot;A.&quot;… và dòng &quot;Đáp án: …&quot;.</source>
        <translation>No question in the shape &quot;Question 1.&quot; or &quot;Question 1:&quot; starting a paragraph. Each question starts with &quot;Question &lt;number&gt;.&quot;, then options &quot;A.&quot;… and a line &quot;Answer: …&quot;.</translation>
    </message>
    <message>
        <source>Câu hỏi được đánh số tự động (Numbering) nên chữ &quot;Câu 1.&quot; không có trong văn bản. Chọn toàn bộ, bấm Ctrl+Shift+F9 hoặc gõ lại số câu bằng tay rồi lưu.</source>
        <translation>The questions use automatic numbering, so their numbers (&quot;Question 1.&quot;) are not in the text. Convert the numbering to text (or type the numbers) and save.</translation>
    </message>
    <message>
        <source>Đoạn này không thuộc phần nào của câu hỏi nên không được nhập: &quot;{excerpt}&quot;. Nếu là nội dung câu hỏi, đặt nó ngay sau dòng &quot;Câu …&quot; và trước các phương án.</source>
        <translation>This paragraph belongs to no part of a question and was not imported: &quot;{excerpt}&quot;. If it is question text, put it right after the &quot;Question …&quot; line, before the options.</translation>
    </message>
    <message>
        <source>Đoạn này có công thức (Equation) hoặc đối tượng nhúng mà rcv không đọc được. Gõ công thức dạng LaTeX giữa hai dấu $…$, ví dụ $x^2 + 1$.</source>
        <translation>This paragraph holds an equation or embedded object rcv cannot read. Type the formula as LaTeX between $…$, e.g. $x^2 + 1$.</translation>
    </message>
    <message>
        <source>Bảng {table} không có dòng tiêu đề câu hỏi nên không được đọc.</source>
        <translation>Table {table} has no question header row, so it was not read.</translation>
    </message>
    <message>
        <source>Lỗi cú pháp ở dòng {line}, cột {column}: {reason}. Kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép.</source>
        <translation>Syntax error at line {line}, column {column}: {reason}. Check colons, indentation and quotes.</translation>
    </message>
    <message>
        <source>Tệp không có dòng &quot;format: rcv-questions&quot; nên không phải bộ câu hỏi của rcv.</source>
        <translation>The file lacks &quot;format: rcv-questions&quot;, so it is not an rcv question set.</translation>
    </message>
    <message>
        <source>Phiên bản &quot;{version}&quot; chưa được hỗ trợ; rcv đọc version: 1.</source>
        <translation>Version &quot;{version}&quot; is not supported; rcv reads version: 1.</translation>
    </message>
    <message>
        <source>{field} phải là {expected}. Sửa lại theo mẫu trong questions/.</source>
        <translation>{field} must be {expected}. Fix it as in the samples under questions/.</translation>
    </message>
    <message>
        <source>Khoá &quot;{key}&quot; không được dùng. Các khoá hợp lệ: {known}.</source>
        <translation>The key &quot;{key}&quot; is not used. Valid keys: {known}.</translation>
    </message>
    <message>
        <source>Giá trị &quot;{value}&quot; nên đặt trong dấu ngoặc kép để không bị hiểu nhầm.</source>
        <translation>Put the value &quot;{value}&quot; in double quotes so it is not misread.</translation>
    </message>
    <message>
        <source>Đơn vị &quot;{name}&quot; còn được ghi là {spellings}; rcv tính là một đơn vị (chỉ khác chữ hoa, khoảng trắng, kiểu gõ dấu). Nên sửa cho thống nhất để giấy chứng nhận in đúng tên.</source>
        <translation>The unit &quot;{name}&quot; is also written as {spellings}; rcv counts it as one unit (only capitals, spacing or the way the accents were typed differ). Better make them the same, so that certificates print the right name.</translation>
    </message>
    <message>
        <source>Nhóm &quot;{name}&quot; còn được ghi là {spellings}; rcv tính là một nhóm. Nên sửa cho thống nhất.</source>
        <translation>The group &quot;{name}&quot; is also written as {spellings}; rcv counts it as one group. Better make them the same.</translation>
    </message>
    <message>
        <source>Đơn vị &quot;{name}&quot; có thể trùng với &quot;{other_name}&quot; ở {other} (chỉ khác dấu, dấu câu hoặc &quot;UBND&quot;, &quot;huyện&quot;…). rcv tính là hai đơn vị; nếu là một, hãy ghi cùng một tên.</source>
        <translation>The unit &quot;{name}&quot; may be the same as &quot;{other_name}&quot; at {other} (they differ only by accents, punctuation or a prefix such as &quot;UBND&quot;). rcv counts two units; if they are one, write the same name.</translation>
    </message>
    <message>
        <source>Thí sinh của đơn vị &quot;{name}&quot; ghi nhiều nhóm: {groups}. Xếp hạng nhóm tính đơn vị vào &quot;{group}&quot; (nhóm được ghi nhiều nhất); nếu không đúng, hãy sửa lại.</source>
        <translation>The contestants of the unit &quot;{name}&quot; name several groups: {groups}. The group ranking counts the unit in &quot;{group}&quot; (the group named most); if that is wrong, correct the list.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Đang đọc và kiểm tra tệp…</source>
        <translation>Reading and checking the file…</translation>
    </message>
    <message>
        <source>Dùng dữ liệu này</source>
        <translation>Use this data</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tệp có lỗi: hãy sửa theo báo cáo rồi nhập lại.</source>
        <translation>The file has errors: fix them as the report says, then import again.</translation>
    </message>
    <message>
        <source>Tệp hợp lệ.</source>
        <translation>The file is valid.</translation>
    </message>
    <message>
        <source>Không đọc được tệp (lỗi chương trình, đã ghi chi tiết).</source>
        <translation>Could not read the file (a program error; details were logged).</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Mã câu</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Câu hỏi</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Đáp án</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Loại câu</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Vòng</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Thời gian (giây)</source>
        <translation>Time (s)</translation>
    </message>
    <message>
        <source>Giải thích</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Hình ảnh</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Phương án</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Phương án A</source>
        <translation>Option A</translation>
    </message>
    <message>
        <source>Phương án B</source>
        <translation>Option B</translation>
    </message>
    <message>
        <source>Phương án C</source>
        <translation>Option C</translation>
    </message>
    <message>
        <source>Phương án D</source>
        <translation>Option D</translation>
    </message>
    <message>
        <source>Phương án E</source>
        <translation>Option E</translation>
    </message>
    <message>
        <source>Phương án F</source>
        <translation>Option F</translation>
    </message>
    <message>
        <source>SBD</source>
        <translation>Candidate number</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Họ</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Lớp/Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Số ghế</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>Mã check-in</source>
        <translation>Check-in code</translation>
    </message>
</context>
<context>
    <name>ImportNumber</name>
    <message>
        <source>1.234.567,5</source>
        <translation>1,234,567.5</translation>
    </message>
</context>
<context>
    <name>ImportPlace</name>
    <message>
        <source>trang tính &quot;{sheet}&quot;</source>
        <translation>sheet &quot;{sheet}&quot;</translation>
    </message>
    <message>
        <source>bảng {table}</source>
        <translation>table {table}</translation>
    </message>
    <message>
        <source>dòng {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>dòng {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <source>đoạn {paragraph}</source>
        <translation>paragraph {paragraph}</translation>
    </message>
    <message>
        <source>cột {column}</source>
        <translation>column {column}</translation>
    </message>
    <message>
        <source>câu {question}</source>
        <translation>question {question}</translation>
    </message>
    <message>
        <source>các dòng {rows}</source>
        <translation>rows {rows}</translation>
    </message>
    <message>
        <source>các đoạn {paragraphs}</source>
        <translation>paragraphs {paragraphs}</translation>
    </message>
    <message>
        <source>các dòng {lines}</source>
        <translation>lines {lines}</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Ghế</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>SBD</source>
        <translation>Candidate no.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Xem trước: {shown} dòng đầu trong {total} thí sinh</source>
        <translation>Preview: the first {shown} of {total} contestants</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Phần thi</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Câu hỏi</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Đáp án</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Hình</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Xem trước: {shown} dòng đầu trong {total} câu hỏi</source>
        <translation>Preview: the first {shown} of {total} questions</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>LỖI</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Không có vấn đề nào.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Tệp dùng được.</source>
        <translation>The file can be used.</translation>
    </message>
    <message>
        <source>Tệp CHƯA dùng được: sửa {count} lỗi ở trên rồi kiểm tra lại. Chưa có gì được nhập.</source>
        <translation>The file can NOT be used yet: fix the {count} error(s) above and check again. Nothing was imported.</translation>
    </message>
    <message>
        <source>Đã đọc {count} câu hỏi hợp lệ</source>
        <translation>Read {count} valid questions</translation>
    </message>
    <message>
        <source>Đã đọc {count} thí sinh</source>
        <translation>Read {count} contestants</translation>
    </message>
    <message>
        <source>{count} cảnh báo</source>
        <translation>{count} warning(s)</translation>
    </message>
    <message>
        <source>Câu hỏi chính</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Câu hỏi phụ</source>
        <translation>Tie-break</translation>
    </message>
    <message>
        <source>Cứu trợ</source>
        <translation>Rescue</translation>
    </message>
    <message>
        <source>Khán giả</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Chuông vàng</source>
        <translation>Golden bell</translation>
    </message>
    <message>
        <source>trắc nghiệm</source>
        <translation>multiple choice</translation>
    </message>
    <message>
        <source>đúng/sai</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>trả lời ngắn</source>
        <translation>short answer</translation>
    </message>
    <message>
        <source>Tệp ra phải có đuôi .yaml, .yml hoặc .json</source>
        <translation>The output must end in .yaml, .yml or .json</translation>
    </message>
    <message>
        <source>Không ghi được {path} ({reason})</source>
        <translation>Cannot write {path} ({reason})</translation>
    </message>
    <message>
        <source>Đã ghi: {files}</source>
        <translation>Written: {files}</translation>
    </message>
</context>
<context>
    <name>ImportTerm</name>
    <message>
        <source>tệp khoá tạm của Office</source>
        <translation>an Office lock file</translation>
    </message>
    <message>
        <source>không phải tệp thường</source>
        <translation>not a file</translation>
    </message>
    <message>
        <source>đây là thư mục</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>zip hỏng</source>
        <translation>damaged zip</translation>
    </message>
    <message>
        <source>zip hỏng: {error}</source>
        <translation>damaged zip: {error}</translation>
    </message>
    <message>
        <source>không phải tệp Office</source>
        <translation>not an Office file</translation>
    </message>
    <message>
        <source>không phải UTF-8 ({error})</source>
        <translation>not UTF-8 ({error})</translation>
    </message>
    <message>
        <source>tệp chỉ được có một tài liệu YAML</source>
        <translation>only one YAML document is allowed</translation>
    </message>
    <message>
        <source>{count} phần</source>
        <translation>{count} parts</translation>
    </message>
    <message>
        <source>Câu hỏi, Phương án A–D, Đáp án</source>
        <translation>Question, Option A–D, Answer</translation>
    </message>
    <message>
        <source>Đúng / Sai</source>
        <translation>True / False</translation>
    </message>
    <message>
        <source>một danh sách câu hỏi</source>
        <translation>a list of questions</translation>
    </message>
    <message>
        <source>một đoạn chữ</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>một câu hỏi có các khoá id, text…</source>
        <translation>a question with id, text…</translation>
    </message>
    <message>
        <source>một danh sách phương án</source>
        <translation>a list of options</translation>
    </message>
    <message>
        <source>một chữ cái hoặc Đúng/Sai</source>
        <translation>a letter or True/False</translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message>
        <source>GHẾ</source>
        <translation>SEAT</translation>
    </message>
    <message>
        <source>Thẻ vào ghế bằng điện thoại — {event}</source>
        <translation>Seat cards for phones — {event}</translation>
    </message>
    <message>
        <source>Quét mã bằng điện thoại để vào ghế</source>
        <translation>Scan with your phone to take your seat</translation>
    </message>
    <message>
        <source>Không quét được? Mở {url}</source>
        <translation>Cannot scan? Open {url}</translation>
    </message>
    <message>
        <source>Ghế {seat} · PIN {pin}</source>
        <translation>Seat {seat} · PIN {pin}</translation>
    </message>
    <message>
        <source>Mã chỉ dùng một lần, cho ghế này. Giữ kín mã PIN.</source>
        <translation>The code works once, for this seat only. Keep the PIN to yourself.</translation>
    </message>
</context>
<context>
    <name>KeysHelp</name>
    <message>
        <source>Bước tiếp theo (nút lớn)</source>
        <translation>Next step (the big button)</translation>
    </message>
    <message>
        <source>Dừng sớm, khoá đáp án</source>
        <translation>Stop early, lock the answers</translation>
    </message>
    <message>
        <source>Tạm dừng / tiếp tục</source>
        <translation>Pause / resume</translation>
    </message>
    <message>
        <source>Hoàn tác (hỏi lại, nói rõ sẽ hoàn tác gì)</source>
        <translation>Undo (asks first, saying what it will undo)</translation>
    </message>
    <message>
        <source>Cứu trợ…</source>
        <translation>Rescue…</translation>
    </message>
    <message>
        <source>Câu hỏi phụ…</source>
        <translation>Tie-break…</translation>
    </message>
    <message>
        <source>Màn chiếu: màn đen / logo / sàn thi đấu (bấm lại để trở về)</source>
        <translation>Projector: black / logo / floor (press again to go back)</translation>
    </message>
    <message>
        <source>Màn chiếu: đơn vị còn nhiều thí sinh nhất (bấm lại để trở về)</source>
        <translation>Projector: the units with the most contestants left (press again to go back)</translation>
    </message>
    <message>
        <source>Tìm thí sinh; Enter mở ghế đã tìm, Esc trở lại</source>
        <translation>Find a contestant; Enter opens the seat found, Esc goes back</translation>
    </message>
    <message>
        <source>Nhấp vào ghế</source>
        <translation>Click a seat</translation>
    </message>
    <message>
        <source>Sửa đáp án, loại hoặc đưa thí sinh trở lại</source>
        <translation>Correct an answer, eliminate or bring a contestant back</translation>
    </message>
    <message>
        <source>Mũi tên, Enter</source>
        <translation>Arrows, Enter</translation>
    </message>
    <message>
        <source>Chọn ghế trên lưới, mở ghế</source>
        <translation>Move on the seat grid, open a seat</translation>
    </message>
    <message>
        <source>Lưới ghế: phóng to / thu nhỏ; xem hết mọi ghế (Ctrl+9: cỡ đọc được)</source>
        <translation>Seat grid: zoom in / out; every seat in view (Ctrl+9: readable size)</translation>
    </message>
    <message>
        <source>Hiện / ẩn cửa sổ màn chiếu</source>
        <translation>Show / hide the projector window</translation>
    </message>
    <message>
        <source>Điện thoại, bảng trắng và khán giả (máy chủ trả lời, ghế, cứu trợ)</source>
        <translation>Phones, whiteboards and the audience (answer server, seats, rescue)</translation>
    </message>
    <message>
        <source>Sự kiện mới / mở sự kiện</source>
        <translation>New event / open an event</translation>
    </message>
    <message>
        <source>Phím tắt không chạy khi đang gõ chữ.</source>
        <translation>Shortcuts do not work while you are typing.</translation>
    </message>
    <message>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>MonitorPane</name>
    <message>
        <source>Chọn một dòng rồi bấm Thử trực tiếp: mọi byte thiết bị gửi hiện ở đây.</source>
        <translation>Choose a row and press Try live: every byte the device sends shows here.</translation>
    </message>
    <message>
        <source>— Nghe {port} với hồ sơ {name}</source>
        <translation>— Listening to {port} with profile {name}</translation>
    </message>
    <message>
        <source>— Đã dừng.</source>
        <translation>— Stopped.</translation>
    </message>
    <message>
        <source>ghế {seat} bấm {key}{device}</source>
        <translation>seat {seat} pressed {key}{device}</translation>
    </message>
    <message>
        <source>không dùng ({reason}): {raw}</source>
        <translation>not used ({reason}): {raw}</translation>
    </message>
    <message>
        <source>cổng: {state} {detail}</source>
        <translation>port: {state} {detail}</translation>
    </message>
    <message>
        <source>dòng của thiết bị: {text}</source>
        <translation>device line: {text}</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>Sự kiện mới</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Rung chuông vàng</source>
        <translation>Ring the Golden Bell</translation>
    </message>
    <message>
        <source>ví dụ: 24/11/2026</source>
        <translation>for example: 24/11/2026</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Tên sự kiện</source>
        <translation>Event name</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Tệp sự kiện</source>
        <translation>Event file</translation>
    </message>
    <message>
        <source>Sau khi tạo: nhập danh sách thí sinh, bộ câu hỏi và xem lại thể lệ (menu Sự kiện). Toàn bộ chương trình được ghi vào tệp này.</source>
        <translation>After creating it: import the contestants and the questions, and review the rules (Event menu). The whole show is recorded in this file.</translation>
    </message>
    <message>
        <source>Tạo sự kiện</source>
        <translation>Create event</translation>
    </message>
    <message>
        <source>Sự kiện rcv (*.rcv)</source>
        <translation>rcv events (*.rcv)</translation>
    </message>
    <message>
        <source>Hãy đặt tên cho sự kiện.</source>
        <translation>Please give the event a name.</translation>
    </message>
    <message>
        <source>Tệp này đã có: hãy chọn tên khác hoặc mở nó.</source>
        <translation>This file already exists: choose another name or open it.</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Space: chưa có gì để làm — {why}</source>
        <translation>Space: nothing to do yet — {why}</translation>
    </message>
    <message>
        <source>Chỉ xem: Space không làm gì, không bước nào được ghi</source>
        <translation>View only: Space does nothing, no step is written</translation>
    </message>
    <message>
        <source>Space không làm gì khi đồng hồ chạy — Ctrl+Enter: dừng sớm, P: tạm dừng</source>
        <translation>Space does nothing while the clock runs — Ctrl+Enter: stop early, P: pause</translation>
    </message>
    <message>
        <source>Chương trình đã kết thúc: Space không làm gì</source>
        <translation>The show is over: Space does nothing</translation>
    </message>
    <message>
        <source>Space: {step}</source>
        <translation>Space: {step}</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Ghép bàn phím với ghế</source>
        <translation>Pair keypads with seats</translation>
    </message>
    <message>
        <source>{title} ở cổng {port}</source>
        <translation>{title} on port {port}</translation>
    </message>
    <message>
        <source>Các ghế cần ghép, ví dụ 1-500</source>
        <translation>The seats to pair, for example 1-500</translation>
    </message>
    <message>
        <source>Bắt đầu nghe</source>
        <translation>Start listening</translation>
    </message>
    <message>
        <source>Ghép ghế này tiếp theo</source>
        <translation>Pair this seat next</translation>
    </message>
    <message>
        <source>Bỏ qua ghế đang hỏi</source>
        <translation>Skip the seat asked for</translation>
    </message>
    <message>
        <source>Lưu bảng ghép</source>
        <translation>Save the pairing table</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ghế:</source>
        <translation>Seats:</translation>
    </message>
    <message>
        <source>Hoặc gõ ghế:</source>
        <translation>Or type a seat:</translation>
    </message>
    <message>
        <source>Ghế phải là một số hoặc một dải, ví dụ 1-500.</source>
        <translation>Seats must be a number or a range, for example 1-500.</translation>
    </message>
    <message>
        <source>Đang nghe {port}…</source>
        <translation>Listening to {port}…</translation>
    </message>
    <message>
        <source>Mọi ghế đã có bàn phím.</source>
        <translation>Every seat has a keypad.</translation>
    </message>
    <message>
        <source>Đã lưu bảng ghép ({n} bàn phím).</source>
        <translation>Saved the pairing table ({n} keypads).</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Rung chuông vàng</source>
        <translation>Ring the Golden Bell</translation>
    </message>
    <message>
        <source>Ghế</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Vào ghế</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Đang vào ghế…</source>
        <translation>Joining…</translation>
    </message>
    <message>
        <source>Quét mã QR của ghế, hoặc nhập số ghế và mã PIN trên phiếu.</source>
        <translation>Scan your seat&apos;s QR code, or type the seat number and the PIN on your slip.</translation>
    </message>
    <message>
        <source>Đang kết nối lại…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>Chờ câu hỏi</source>
        <translation>Waiting for the question</translation>
    </message>
    <message>
        <source>Đọc câu hỏi — chờ hiệu lệnh</source>
        <translation>Read the question — wait for the start</translation>
    </message>
    <message>
        <source>Trả lời ngay!</source>
        <translation>Answer now!</translation>
    </message>
    <message>
        <source>Đã trả lời: {answer}</source>
        <translation>Answered: {answer}</translation>
    </message>
    <message>
        <source>Đã gửi: {answer}</source>
        <translation>Sent: {answer}</translation>
    </message>
    <message>
        <source>Hết giờ — đã khoá</source>
        <translation>Time is up — locked</translation>
    </message>
    <message>
        <source>Đúng!</source>
        <translation>Right!</translation>
    </message>
    <message>
        <source>Sai</source>
        <translation>Wrong</translation>
    </message>
    <message>
        <source>Đáp án: {answer}</source>
        <translation>Answer: {answer}</translation>
    </message>
    <message>
        <source>Bạn đã rời sàn thi</source>
        <translation>You have left the floor</translation>
    </message>
    <message>
        <source>Câu này bạn không tham gia</source>
        <translation>You are not playing this question</translation>
    </message>
    <message>
        <source>Chương trình đã kết thúc</source>
        <translation>The show has ended</translation>
    </message>
    <message>
        <source>Rung chuông vàng!</source>
        <translation>You rang the Golden Bell!</translation>
    </message>
    <message>
        <source>Câu {number}</source>
        <translation>Question {number}</translation>
    </message>
    <message>
        <source>{s} giây</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>Đúng</source>
        <translation>True</translation>
    </message>
    <message>
        <source>Nhập đáp án</source>
        <translation>Type your answer</translation>
    </message>
    <message>
        <source>Gửi</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Ghế này đang dùng trên máy khác: chờ người dẫn chương trình đồng ý.</source>
        <translation>This seat is in use on another device: wait for the MC to approve.</translation>
    </message>
    <message>
        <source>Ghế này đã chuyển sang máy khác.</source>
        <translation>This seat has moved to another device.</translation>
    </message>
    <message>
        <source>Mã không đúng hoặc đã dùng rồi.</source>
        <translation>The code is wrong or has been used already.</translation>
    </message>
    <message>
        <source>Số ghế hoặc mã PIN không đúng.</source>
        <translation>Wrong seat number or PIN.</translation>
    </message>
    <message>
        <source>Thử quá nhiều lần: đợi một chút.</source>
        <translation>Too many tries: wait a moment.</translation>
    </message>
    <message>
        <source>Không có ghế này.</source>
        <translation>There is no such seat.</translation>
    </message>
    <message>
        <source>Máy chủ đã dừng.</source>
        <translation>The server has stopped.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>Khán giả cứu trợ</source>
        <translation>Audience rescue</translation>
    </message>
    <message>
        <source>Chờ câu hỏi dành cho khán giả</source>
        <translation>Waiting for the audience question</translation>
    </message>
    <message>
        <source>Chọn đáp án của bạn</source>
        <translation>Choose your answer</translation>
    </message>
    <message>
        <source>Đã ghi nhận: {answer}</source>
        <translation>Recorded: {answer}</translation>
    </message>
    <message>
        <source>Đã hết giờ trả lời</source>
        <translation>Answers are closed</translation>
    </message>
    <message>
        <source>{n} khán giả đã trả lời</source>
        <translation>{n} spectators have answered</translation>
    </message>
    <message>
        <source>{n} khán giả trả lời đúng</source>
        <translation>{n} spectators answered right</translation>
    </message>
    <message>
        <source>Trọng tài — bảng trắng</source>
        <translation>Referee — whiteboards</translation>
    </message>
    <message>
        <source>Tên trọng tài</source>
        <translation>Referee&apos;s name</translation>
    </message>
    <message>
        <source>Từ ghế</source>
        <translation>From seat</translation>
    </message>
    <message>
        <source>đến ghế</source>
        <translation>to seat</translation>
    </message>
    <message>
        <source>Chạm vào các ghế trả lời SAI rồi bấm Gửi.</source>
        <translation>Tap the seats that answered WRONG, then Send.</translation>
    </message>
    <message>
        <source>Đã gửi {n} ghế sai cho người dẫn chương trình.</source>
        <translation>Sent {n} wrong seats to the MC.</translation>
    </message>
    <message>
        <source>Còn {n}/{total} trên sàn</source>
        <translation>{n}/{total} left on the floor</translation>
    </message>
    <message>
        <source>Rời sàn: {names}</source>
        <translation>Out: {names}</translation>
    </message>
    <message>
        <source>Chiến thắng: {names}</source>
        <translation>Winner: {names}</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>Điện thoại, bảng trắng và khán giả</source>
        <translation>Phones, whiteboards and the audience</translation>
    </message>
    <message>
        <source>Điện thoại, bảng trắng và khán giả…</source>
        <translation>Phones, whiteboards and the audience…</translation>
    </message>
    <message>
        <source>Có khi máy chủ trả lời (rcv.web) được nối vào bảng điều khiển.</source>
        <translation>Available when the answer server (rcv.web) is wired into the console.</translation>
    </message>
    <message>
        <source>Máy chủ trả lời (mạng của hội trường)</source>
        <translation>Answer server (the hall&apos;s network)</translation>
    </message>
    <message>
        <source>&amp;Mạng:</source>
        <translation>&amp;Network:</translation>
    </message>
    <message>
        <source>Cổn&amp;g:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>{ip} — chỉ máy này (thử)</source>
        <translation>{ip} — this computer only (testing)</translation>
    </message>
    <message>
        <source>{ip} — {name}</source>
        <translation>{ip} — {name}</translation>
    </message>
    <message>
        <source>&amp;Bật máy chủ</source>
        <translation>&amp;Start the server</translation>
    </message>
    <message>
        <source>&amp;Tắt máy chủ</source>
        <translation>&amp;Stop the server</translation>
    </message>
    <message>
        <source>Máy chủ đang tắt. Chọn mạng mà điện thoại cùng vào (Wi-Fi của hội trường hoặc điểm phát của máy) rồi bật.</source>
        <translation>The server is off. Choose the network the phones are on (the hall&apos;s Wi-Fi or this computer&apos;s hotspot), then start it.</translation>
    </message>
    <message>
        <source>Đang chạy tại {url}</source>
        <translation>Running at {url}</translation>
    </message>
    <message>
        <source>Mở một sự kiện trước khi bật máy chủ.</source>
        <translation>Open an event before starting the server.</translation>
    </message>
    <message>
        <source>Không mở được {host}:{port} ({why}). Chọn mạng khác hoặc cổng khác.</source>
        <translation>Cannot serve on {host}:{port} ({why}). Choose another network or port.</translation>
    </message>
    <message>
        <source>Vào chương trình</source>
        <translation>Joining</translation>
    </message>
    <message>
        <source>Khán giả quét mã này (cũng có trên màn chiếu khi chơi cứu trợ): {url}</source>
        <translation>The audience scans this code (also on the projector during the audience rescue): {url}</translation>
    </message>
    <message>
        <source>Thí sinh: quét mã trên thẻ vào ghế, hoặc mở {url} rồi gõ số ghế và mã PIN.</source>
        <translation>Contestants: scan the code on their seat card, or open {url} and type the seat number and PIN.</translation>
    </message>
    <message>
        <source>Trọng tài (máy tính bảng): {url}</source>
        <translation>Referees (tablets): {url}</translation>
    </message>
    <message>
        <source>Lớp phủ livestream (OBS): {url}</source>
        <translation>Livestream overlay (OBS): {url}</translation>
    </message>
    <message>
        <source>&amp;In thẻ vào ghế và mã PIN (PDF)…</source>
        <translation>&amp;Print seat cards and PINs (PDF)…</translation>
    </message>
    <message>
        <source>the-vao-ghe.pdf</source>
        <translation>seat-cards-for-phones.pdf</translation>
    </message>
    <message>
        <source>Đã in {n} thẻ vào ghế trên {pages} trang: {path}</source>
        <translation>Seat cards printed: {n} (pages: {pages}): {path}</translation>
    </message>
    <message>
        <source>Không in được thẻ vào ghế: {why}</source>
        <translation>Could not print the seat cards: {why}</translation>
    </message>
    <message>
        <source>Ghế và điện thoại</source>
        <translation>Seats and phones</translation>
    </message>
    <message>
        <source>Ghế</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>Thí sinh</source>
        <translation>Contestant</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>đã vào · {ms} ms</source>
        <translation>joined · {ms} ms</translation>
    </message>
    <message>
        <source>đã vào</source>
        <translation>joined</translation>
    </message>
    <message>
        <source>máy khác xin vào thay</source>
        <translation>another device asks for it</translation>
    </message>
    <message>
        <source>{seats}/{total} ghế có điện thoại · {audience} khán giả · {referees} trọng tài</source>
        <translation>Phones on {seats} of {total} seats · audience: {audience} · referees: {referees}</translation>
    </message>
    <message>
        <source>Cho máy mới &amp;vào ghế</source>
        <translation>Let the new de&amp;vice in</translation>
    </message>
    <message>
        <source>&amp;Không cho</source>
        <translation>&amp;Keep the old one</translation>
    </message>
    <message>
        <source>Ghế {seat}: một máy khác xin vào thay máy đang giữ ghế. Mỗi ghế một máy: cho máy mới vào thì máy cũ thôi trả lời.</source>
        <translation>Seat {seat}: another device asks to take over from the one holding the seat. One device per seat: if you let the new one in, the old one can no longer answer.</translation>
    </message>
    <message>
        <source>Không có máy nào đang xin vào thay.</source>
        <translation>No device is asking to take over a seat.</translation>
    </message>
    <message>
        <source>Bảng trắng: các ghế sai</source>
        <translation>Whiteboards: the wrong seats</translation>
    </message>
    <message>
        <source>ví dụ 12 15 27-30, rồi Enter</source>
        <translation>e.g. 12 15 27-30, then Enter</translation>
    </message>
    <message>
        <source>Ghế &amp;sai:</source>
        <translation>&amp;Wrong seats:</translation>
    </message>
    <message>
        <source>Không hiểu: {pieces}</source>
        <translation>Not understood: {pieces}</translation>
    </message>
    <message>
        <source>Trọng tài đã báo các khối {blocks}; ghế sai: {seats}</source>
        <translation>Referees reported blocks {blocks}; wrong seats: {seats}</translation>
    </message>
    <message>
        <source>Dùng danh sách t&amp;rọng tài</source>
        <translation>Use the &amp;referees&apos; list</translation>
    </message>
    <message>
        <source>Câu {number}: {n} ghế sai, {right} ghế còn lại đúng.

Ghế sai:
{seats}

Áp dụng? (Ctrl+Z để hoàn tác)</source>
        <translation>Question {number}: {n} wrong, {right} right.

Wrong seats:
{seats}

Apply? (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <source>Á&amp;p dụng</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <source>Sử&amp;a lại</source>
        <translation>Ed&amp;it</translation>
    </message>
    <message>
        <source>Không thi câu này: {seats}</source>
        <translation>Not playing this question: {seats}</translation>
    </message>
    <message>
        <source>(không ai sai)</source>
        <translation>(nobody wrong)</translation>
    </message>
    <message>
        <source>Đã ghi kết quả bảng trắng: {n} ghế sai, các ghế khác đúng.</source>
        <translation>Whiteboard verdict recorded: {n} wrong, every other seat right.</translation>
    </message>
    <message>
        <source>Nhập ghế sai sau khi hết giờ trả lời (trước hoặc sau khi công bố đáp án).</source>
        <translation>Type the wrong seats after time-up (before or after the answer is revealed).</translation>
    </message>
    <message>
        <source>Khán giả cứu trợ</source>
        <translation>Audience rescue</translation>
    </message>
    <message>
        <source>Mở câu &amp;hỏi cho khán giả</source>
        <translation>Ask the &amp;hall a question</translation>
    </message>
    <message>
        <source>Khoá câu trả &amp;lời</source>
        <translation>C&amp;lose the answers</translation>
    </message>
    <message>
        <source>Cứu trợ th&amp;eo khán giả</source>
        <translation>Bring back as the hall &amp;earned</translation>
    </message>
    <message>
        <source>H&amp;uỷ vòng khán giả</source>
        <translation>Cancel the a&amp;udience round</translation>
    </message>
    <message>
        <source>Mở được khi cứu trợ được phép (giữa các câu hỏi chính) và máy chủ đang chạy.</source>
        <translation>Available when a rescue is allowed (between main questions) and the server is running.</translation>
    </message>
    <message>
        <source>Chưa mở được: cứu trợ chưa được phép lúc này, hoặc không còn câu hỏi cho khán giả.</source>
        <translation>Cannot open it: a rescue is not allowed now, or no audience question is left.</translation>
    </message>
    <message>
        <source>Câu hỏi cho khán giả: {text} — {answered} người đã trả lời</source>
        <translation>Audience question: {text} — answers so far: {answered}</translation>
    </message>
    <message>
        <source>{right}/{answered} khán giả trả lời đúng → {returns} thí sinh trở lại</source>
        <translation>Right answers from the hall: {right} of {answered} → contestants back: {returns}</translation>
    </message>
</context>
<context>
    <name>PrimaryPanel</name>
    <message>
        <source>Bước tiếp theo — phím Space</source>
        <translation>Next step — Space key</translation>
    </message>
    <message>
        <source>Dừng sớm
Ctrl+Enter</source>
        <translation>Stop early
Ctrl+Enter</translation>
    </message>
    <message>
        <source>Tạm dừng
P</source>
        <translation>Pause
P</translation>
    </message>
    <message>
        <source>Còn trên sàn</source>
        <translation>On the floor</translation>
    </message>
    <message>
        <source>Đã trả lời</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Bấm bị từ chối</source>
        <translation>Presses refused</translation>
    </message>
    <message>
        <source>Đang gõ chữ: phím tắt tạm tắt — Esc để trở lại điều khiển</source>
        <translation>Typing: shortcuts are off — Esc to get back to the controls</translation>
    </message>
    <message>
        <source>Tiếp tục
P</source>
        <translation>Resume
P</translation>
    </message>
    <message>
        <source>Đã hỏi {n} câu chính</source>
        <translation>{n} main questions asked</translation>
    </message>
    <message>
        <source>TẠM DỪNG — đồng hồ dừng, bàn phím khoá</source>
        <translation>PAUSED — clock stopped, keypads locked</translation>
    </message>
    <message>
        <source>TẠM DỪNG</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <source>câu hỏi phụ: còn {left}, lấy {places}</source>
        <translation>tiebreak: {left} left, {places} places to decide</translation>
    </message>
</context>
<context>
    <name>ProjectorPanel</name>
    <message>
        <source>XEM TRƯỚC MÀN CHIẾU
(chỗ giữ chỗ)

Bản xem trước sẽ hiện ở đây khi gói màn chiếu (rcv.ui.display) có DisplayPreview.</source>
        <translation>PROJECTOR PREVIEW
(placeholder)

The preview will appear here once the projector package (rcv.ui.display) provides DisplayPreview.</translation>
    </message>
    <message>
        <source>Màn đen (B)</source>
        <translation>Black screen (B)</translation>
    </message>
    <message>
        <source>Logo (L)</source>
        <translation>Logo (L)</translation>
    </message>
    <message>
        <source>Sàn thi đấu (S)</source>
        <translation>Floor (S)</translation>
    </message>
    <message>
        <source>Đơn vị (U)</source>
        <translation>Units (U)</translation>
    </message>
    <message>
        <source>Khán giả thấy: —</source>
        <translation>The audience sees: —</translation>
    </message>
    <message>
        <source>Khán giả thấy: </source>
        <translation>The audience sees: </translation>
    </message>
    <message>
        <source> (MC chọn)</source>
        <translation> (chosen by the MC)</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>Chỉ MC thấy — màn chiếu chưa hiện đáp án</source>
        <translation>Only the MC sees this — the projector does not show the answer yet</translation>
    </message>
    <message>
        <source>Chưa mở sự kiện nào.</source>
        <translation>No event is open.</translation>
    </message>
    <message>
        <source>Không có câu hỏi đang diễn ra.</source>
        <translation>No question is running.</translation>
    </message>
    <message>
        <source>Câu sắp hỏi: </source>
        <translation>Next question to ask: </translation>
    </message>
    <message>
        <source>Sau câu này: hết câu hỏi của vòng.</source>
        <translation>After this one: no questions left in this round.</translation>
    </message>
    <message>
        <source>Câu kế tiếp: </source>
        <translation>Next question: </translation>
    </message>
    <message>
        <source>chấp nhận: </source>
        <translation>accepted: </translation>
    </message>
    <message>
        <source>Hình của câu hỏi (H: chiếu toàn màn hình)</source>
        <translation>The question&apos;s picture (H: full screen on the projector)</translation>
    </message>
    <message>
        <source>Đáp án: </source>
        <translation>Answer: </translation>
    </message>
    <message>
        <source>Giải thích: </source>
        <translation>Explanation: </translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Không thể {action} lúc này (đang ở bước: {phase}).</source>
        <translation>Cannot {action} now (current step: {phase}).</translation>
    </message>
    <message>
        <source>Thời gian trả lời phải lớn hơn 0 giây.</source>
        <translation>The answer time must be more than 0 seconds.</translation>
    </message>
    <message>
        <source>Chương trình đã kết thúc.</source>
        <translation>The show has finished.</translation>
    </message>
    <message>
        <source>Chương trình đang tạm dừng: hãy tiếp tục trước.</source>
        <translation>The show is paused: resume first.</translation>
    </message>
    <message>
        <source>Chương trình không tạm dừng.</source>
        <translation>The show is not paused.</translation>
    </message>
    <message>
        <source>Không có câu hỏi mã {qid}.</source>
        <translation>There is no question {qid}.</translation>
    </message>
    <message>
        <source>Câu hỏi {qid} đã được dùng.</source>
        <translation>Question {qid} has already been used.</translation>
    </message>
    <message>
        <source>Đã hết số câu hỏi chính theo thể lệ ({limit} câu).</source>
        <translation>The rules&apos; number of main questions ({limit}) has been reached.</translation>
    </message>
    <message>
        <source>Không còn thí sinh nào để trả lời câu hỏi này.</source>
        <translation>Nobody is left to answer this question.</translation>
    </message>
    <message>
        <source>Câu hỏi chuông vàng đã được trả lời.</source>
        <translation>The golden-bell question has been played.</translation>
    </message>
    <message>
        <source>Còn {left} giây: chưa hết giờ. Dùng &quot;Dừng sớm&quot; (Ctrl+Enter) nếu muốn khoá đáp án ngay.</source>
        <translation>{left} s left: time is not up. Use &quot;Stop early&quot; (Ctrl+Enter) to lock the answers now.</translation>
    </message>
    <message>
        <source>Không có thí sinh ở ghế {seat}.</source>
        <translation>There is no contestant at seat {seat}.</translation>
    </message>
    <message>
        <source>Ghế {seat} không tham gia câu hỏi này.</source>
        <translation>Seat {seat} does not take part in this question.</translation>
    </message>
    <message>
        <source>&quot;{answer}&quot; không phải là đáp án hợp lệ (các lựa chọn: {letters}).</source>
        <translation>&quot;{answer}&quot; is not a valid answer (options: {letters}).</translation>
    </message>
    <message>
        <source>Ghế {seat} đã bị loại.</source>
        <translation>Seat {seat} is already eliminated.</translation>
    </message>
    <message>
        <source>Ghế {seat} đang thi đấu.</source>
        <translation>Seat {seat} is still standing.</translation>
    </message>
    <message>
        <source>Thể lệ chưa cho phép cứu trợ (sau câu {after}, hoặc khi còn dưới {fewer} thí sinh).</source>
        <translation>The rules do not allow a rescue yet (after question {after}, or below {fewer} left).</translation>
    </message>
    <message>
        <source>Đã dùng hết {times} lượt cứu trợ theo thể lệ.</source>
        <translation>All {times} rescues allowed by the rules have been used.</translation>
    </message>
    <message>
        <source>Chưa có thí sinh nào bị loại.</source>
        <translation>Nobody has been eliminated.</translation>
    </message>
    <message>
        <source>Hãy chọn các ghế được cứu trợ (chỉ ghế đã bị loại).</source>
        <translation>Choose the seats to rescue (eliminated seats only).</translation>
    </message>
    <message>
        <source>Số thí sinh được cứu phải lớn hơn 0.</source>
        <translation>The number to rescue must be more than 0.</translation>
    </message>
    <message>
        <source>Đang có vòng câu hỏi phụ: hãy kết thúc nó trước.</source>
        <translation>A tie-break is being played: end it first.</translation>
    </message>
    <message>
        <source>Không có vòng câu hỏi phụ nào đang diễn ra.</source>
        <translation>No tie-break is being played.</translation>
    </message>
    <message>
        <source>Vòng câu hỏi phụ cần ít nhất 2 thí sinh và số vị trí từ 1 đến {most}.</source>
        <translation>A tie-break needs at least 2 contestants and 1 to {most} places.</translation>
    </message>
    <message>
        <source>Câu hỏi chuông vàng chỉ dành cho thí sinh còn trên sàn.</source>
        <translation>The golden-bell question is only for contestants still standing.</translation>
    </message>
    <message>
        <source>Hãy hoàn tất {stage} trước.</source>
        <translation>Finish the {stage} first.</translation>
    </message>
    <message>
        <source>Không còn thao tác nào để hoàn tác.</source>
        <translation>There is nothing left to undo.</translation>
    </message>
    <message>
        <source>Chưa mở sự kiện nào.</source>
        <translation>No event is open.</translation>
    </message>
    <message>
        <source>Chương trình đã bắt đầu: không thể thay danh sách thí sinh, câu hỏi hay thể lệ.</source>
        <translation>The show has started: contestants, questions and rules are fixed.</translation>
    </message>
    <message>
        <source>Sự kiện đang mở chỉ để xem: không bước nào được ghi. Muốn điều khiển, hãy mở tệp ở chế độ ghi (khi không chương trình nào khác đang ghi nó, trên ổ ghi được).</source>
        <translation>The event is open for viewing only: no step is written. To run the show, open the file for writing (when no other program writes it, on a writable disk).</translation>
    </message>
    <message>
        <source>Hãy hoàn tất câu hỏi đang diễn ra trước.</source>
        <translation>Finish the question on stage first.</translation>
    </message>
    <message>
        <source>Ghế {seat} không giành được quyền trả lời câu hỏi giành quyền này.</source>
        <translation>Seat {seat} did not win the buzz for this buzz-in question.</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <source>Cứu trợ</source>
        <translation>Rescue</translation>
    </message>
    <message>
        <source>Chỉ cứu trợ được sau khi đã xử lý loại của câu vừa hỏi.</source>
        <translation>A rescue is possible only after the eliminations of the last question have been settled.</translation>
    </message>
    <message>
        <source>Lượt cứu trợ đã dùng: {used}/{most}</source>
        <translation>Rescues used: {used}/{most}</translation>
    </message>
    <message>
        <source>Thể lệ cho phép cứu trợ lúc này.</source>
        <translation>The rules allow a rescue now.</translation>
    </message>
    <message>
        <source> (theo thể lệ)</source>
        <translation> (per the rules)</translation>
    </message>
    <message>
        <source>Số thí sinh: </source>
        <translation>Number of contestants: </translation>
    </message>
    <message>
        <source> (loại ở câu {n})</source>
        <translation> (out at question {n})</translation>
    </message>
    <message>
        <source>Các ghế đã bị loại (đánh dấu để chọn):</source>
        <translation>Eliminated seats (tick to choose):</translation>
    </message>
    <message>
        <source>Mở câu hỏi cứu trợ: các thí sinh đã bị loại trả lời, ai đúng thì trở lại.</source>
        <translation>Open a rescue question: the eliminated contestants answer, and those who are right come back.</translation>
    </message>
    <message>
        <source>Sẽ trở lại sàn: {n} thí sinh</source>
        <translation>Returning to the floor: {n} contestants</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Xếp hạng</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Giải thưởng</source>
        <translation>Prizes</translation>
    </message>
    <message>
        <source>Diễn biến</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Nhật ký</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Xếp hạng đơn vị</source>
        <translation>Unit ranking</translation>
    </message>
    <message>
        <source>Xếp hạng nhóm</source>
        <translation>Group ranking</translation>
    </message>
    <message>
        <source>KẾT QUẢ XẾP HẠNG — {event}</source>
        <translation>RANKING — {event}</translation>
    </message>
    <message>
        <source>DANH SÁCH ĐOẠT GIẢI — {event}</source>
        <translation>PRIZE WINNERS — {event}</translation>
    </message>
    <message>
        <source>DIỄN BIẾN TỪNG CÂU HỎI — {event}</source>
        <translation>QUESTION BY QUESTION — {event}</translation>
    </message>
    <message>
        <source>CHI TIẾT TRẢ LỜI — {event}</source>
        <translation>EVERY ANSWER — {event}</translation>
    </message>
    <message>
        <source>NHẬT KÝ CHƯƠNG TRÌNH — {event}</source>
        <translation>SHOW LOG — {event}</translation>
    </message>
    <message>
        <source>THÔNG TIN CHƯƠNG TRÌNH — {event}</source>
        <translation>ABOUT THE SHOW — {event}</translation>
    </message>
    <message>
        <source>XẾP HẠNG ĐƠN VỊ — {event}</source>
        <translation>UNIT RANKING — {event}</translation>
    </message>
    <message>
        <source>XẾP HẠNG NHÓM — {event}</source>
        <translation>GROUP RANKING — {event}</translation>
    </message>
    <message>
        <source>KẾT QUẢ TẠM THỜI — chương trình chưa kết thúc</source>
        <translation>PROVISIONAL RESULTS — the show is not over</translation>
    </message>
    <message>
        <source>KẾT QUẢ CHÍNH THỨC — chương trình đã kết thúc</source>
        <translation>OFFICIAL RESULTS — the show is over</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức: {organiser}</source>
        <translation>Organised by: {organiser}</translation>
    </message>
    <message>
        <source>Dấu vân tay kết quả: {text} (sau {entries} mục nhật ký; mã băm đầy đủ ở trang {sheet})</source>
        <translation>Results fingerprint: {text} (after {entries} log entries; the full hash is on the {sheet} sheet)</translation>
    </message>
    <message>
        <source>Dấu vân tay kết quả: {text}</source>
        <translation>Results fingerprint: {text}</translation>
    </message>
    <message>
        <source>THƯ KÝ</source>
        <translation>SECRETARY</translation>
    </message>
    <message>
        <source>TRƯỞNG BAN GIÁM KHẢO</source>
        <translation>HEAD OF THE JURY</translation>
    </message>
    <message>
        <source>TRƯỞNG BAN TỔ CHỨC</source>
        <translation>HEAD OF THE ORGANISING COMMITTEE</translation>
    </message>
    <message>
        <source>(Ký, ghi rõ họ tên)</source>
        <translation>(Signature and full name)</translation>
    </message>
    <message>
        <source>Trang {page} / {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>In lúc {date} {time}</source>
        <translation>Printed {date} {time}</translation>
    </message>
    <message>
        <source>Rung chuông vàng</source>
        <translation>Rang the golden bell</translation>
    </message>
    <message>
        <source>Đồng chiến thắng</source>
        <translation>Joint winner</translation>
    </message>
    <message>
        <source>Chiến thắng</source>
        <translation>Winner</translation>
    </message>
    <message>
        <source>Trụ lại đến cuối chương trình</source>
        <translation>Stayed until the end of the show</translation>
    </message>
    <message>
        <source>Còn trên sàn</source>
        <translation>Still on the floor</translation>
    </message>
    <message>
        <source>Bị loại ở câu {n}</source>
        <translation>Out at question {n}</translation>
    </message>
    <message>
        <source>Bị loại trước câu hỏi đầu tiên</source>
        <translation>Out before the first question</translation>
    </message>
    <message>
        <source> (cả sàn sai)</source>
        <translation> (the whole floor was wrong)</translation>
    </message>
    <message>
        <source>; được cứu trợ</source>
        <translation>; rescued</translation>
    </message>
    <message>
        <source>; được cứu trợ {n} lần</source>
        <translation>; rescued {n} times</translation>
    </message>
    <message>
        <source>Hạng {rank} xếp trên vì {why}</source>
        <translation>Place {rank} is ahead: {why}</translation>
    </message>
    <message>
        <source>Đồng hạng nhất theo thể lệ: những thí sinh còn trên sàn khi hết câu hỏi cùng chiến thắng</source>
        <translation>Joint first by the rules: those still on the floor when the questions run out win together</translation>
    </message>
    <message>
        <source>Đồng hạng với {sbds}: {why}</source>
        <translation>Tied with {sbds}: {why}</translation>
    </message>
    <message>
        <source>CHƯA PHÂN ĐỊNH giải ({prizes})</source>
        <translation>PRIZE NOT DECIDED ({prizes})</translation>
    </message>
    <message>
        <source>Chưa phân định: {prizes}</source>
        <translation>Not decided: {prizes}</translation>
    </message>
    <message>
        <source>{sbds} và {n} thí sinh khác</source>
        <translation>{sbds} and {n} more</translation>
    </message>
    <message>
        <source>Thời gian mỗi câu</source>
        <translation>Time per question</translation>
    </message>
    <message>
        <source>Thời gian câu hỏi phụ</source>
        <translation>Time per tie-break question</translation>
    </message>
    <message>
        <source>Thời gian câu hỏi chuông vàng</source>
        <translation>Time for the golden-bell question</translation>
    </message>
    <message>
        <source>Không trả lời</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Khi cả sàn trả lời sai</source>
        <translation>When the whole floor answers wrong</translation>
    </message>
    <message>
        <source>Bấm nhiều lần</source>
        <translation>Several presses</translation>
    </message>
    <message>
        <source>Cứu trợ</source>
        <translation>Rescue</translation>
    </message>
    <message>
        <source>Số câu hỏi chính</source>
        <translation>Main questions</translation>
    </message>
    <message>
        <source>Hết câu hỏi mà còn nhiều thí sinh</source>
        <translation>Questions used up with several still standing</translation>
    </message>
    <message>
        <source>Câu hỏi chuông vàng</source>
        <translation>Golden-bell question</translation>
    </message>
    <message>
        <source>Cơ cấu giải thưởng</source>
        <translation>Prizes on offer</translation>
    </message>
    <message>
        <source>Thứ tự xếp hạng</source>
        <translation>Ranking order</translation>
    </message>
    <message>
        <source>{n} giây</source>
        <translation>{n} seconds</translation>
    </message>
    <message>
        <source>tính là sai</source>
        <translation>counts as wrong</translation>
    </message>
    <message>
        <source>không tính là sai</source>
        <translation>does not count as wrong</translation>
    </message>
    <message>
        <source>không ai bị loại</source>
        <translation>nobody is eliminated</translation>
    </message>
    <message>
        <source>tất cả bị loại (có thể được cứu trợ)</source>
        <translation>all are eliminated (a rescue may bring them back)</translation>
    </message>
    <message>
        <source>tất cả bị loại và xếp hạng với nhau bằng câu hỏi phụ</source>
        <translation>all are eliminated and ranked among themselves by tie-break questions</translation>
    </message>
    <message>
        <source>lần bấm đầu tiên được tính (khoá đáp án)</source>
        <translation>the first press counts (it locks the answer)</translation>
    </message>
    <message>
        <source>lần bấm cuối cùng trước khi hết giờ được tính</source>
        <translation>the last press before time-up counts</translation>
    </message>
    <message>
        <source>những thí sinh còn lại cùng chiến thắng, đồng hạng nhất</source>
        <translation>those still standing win together, joint first</translation>
    </message>
    <message>
        <source>dùng câu hỏi phụ để phân định</source>
        <translation>tie-break questions decide</translation>
    </message>
    <message>
        <source>không có cứu trợ</source>
        <translation>no rescue</translation>
    </message>
    <message>
        <source>sau câu {n}</source>
        <translation>after question {n}</translation>
    </message>
    <message>
        <source>khi sàn đấu không còn ai</source>
        <translation>when nobody is left on the floor</translation>
    </message>
    <message>
        <source>khi còn ít hơn {n} thí sinh</source>
        <translation>when fewer than {n} contestants remain</translation>
    </message>
    <message>
        <source>{first} hoặc {second}</source>
        <translation>{first} or {second}</translation>
    </message>
    <message>
        <source>bất cứ lúc nào</source>
        <translation>at any time</translation>
    </message>
    <message>
        <source>tối đa {times} lần, {when}; cách cứu trợ đề xuất: {method}</source>
        <translation>at most {times} times, {when}; suggested way: {method}</translation>
    </message>
    <message>
        <source>tối đa 1 lần, {when}; cách cứu trợ đề xuất: {method}</source>
        <translation>at most once, {when}; suggested way: {method}</translation>
    </message>
    <message>
        <source>{method} ({n} thí sinh)</source>
        <translation>{method} ({n} contestants)</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{n} câu</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>toàn bộ câu hỏi chính</source>
        <translation>every main question</translation>
    </message>
    <message>
        <source>khi còn {n} thí sinh trở xuống</source>
        <translation>when {n} or fewer contestants remain</translation>
    </message>
    <message>
        <source>khi chỉ còn 1 thí sinh</source>
        <translation>when only one contestant remains</translation>
    </message>
    <message>
        <source>không dùng</source>
        <translation>not used</translation>
    </message>
    <message>
        <source>Tên chương trình</source>
        <translation>Event name</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Bộ câu hỏi</source>
        <translation>Question set</translation>
    </message>
    <message>
        <source>Số thí sinh</source>
        <translation>Contestants</translation>
    </message>
    <message>
        <source>Số câu hỏi đã hiện</source>
        <translation>Questions shown</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Đã kết thúc</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Đã kết thúc — {why}</source>
        <translation>Finished — {why}</translation>
    </message>
    <message>
        <source>CHƯA KẾT THÚC (đang ở bước: {phase}) — kết quả tạm thời</source>
        <translation>NOT FINISHED (current step: {phase}) — provisional results</translation>
    </message>
    <message>
        <source>THỂ LỆ ÁP DỤNG</source>
        <translation>RULES IN FORCE</translation>
    </message>
    <message>
        <source>KIỂM TRA KẾT QUẢ</source>
        <translation>CHECKING THE RESULTS</translation>
    </message>
    <message>
        <source>Dấu vân tay kết quả</source>
        <translation>Results fingerprint</translation>
    </message>
    <message>
        <source>Mã băm đầy đủ (SHA-256)</source>
        <translation>Full hash (SHA-256)</translation>
    </message>
    <message>
        <source>Số mục nhật ký</source>
        <translation>Log entries</translation>
    </message>
    <message>
        <source>Nội dung mã QR</source>
        <translation>Text of the QR code</translation>
    </message>
    <message>
        <source>Cách kiểm tra</source>
        <translation>How to check</translation>
    </message>
    <message>
        <source>Chạy: rcv verify &lt;tệp sự kiện .rcv&gt; &lt;tệp Excel này&gt;. Mọi ô của trang {ranking} và {prizes} và dấu vân tay được tính lại từ tệp sự kiện và so sánh từng ô.</source>
        <translation>Run: rcv verify &lt;event file .rcv&gt; &lt;this Excel file&gt;. Every cell of the {ranking} and {prizes} sheets and the fingerprint are recomputed from the event file and compared one by one.</translation>
    </message>
    <message>
        <source>Thời điểm xuất tệp</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <source>Phần mềm</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Ngôn ngữ của bảng tính</source>
        <translation>Language of this workbook</translation>
    </message>
    <message>
        <source>Chính</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Câu hỏi phụ</source>
        <translation>Tie-break</translation>
    </message>
    <message>
        <source>Chuông vàng</source>
        <translation>Golden bell</translation>
    </message>
    <message>
        <source>Trước câu hỏi đầu tiên</source>
        <translation>Before the first question</translation>
    </message>
    <message>
        <source>… và {n} mục khác (xem trang {sheet})</source>
        <translation>… and {n} more (see the {sheet} sheet)</translation>
    </message>
    <message>
        <source>{n} câu hỏi đã hiện; số người chọn mỗi phương án tính theo đáp án sau cùng (đã gồm các lần sửa tay).</source>
        <translation>Questions shown: {n}. Who chose each option is counted from the final answers (corrections included).</translation>
    </message>
    <message>
        <source>chưa xử lý kết quả</source>
        <translation>results not applied yet</translation>
    </message>
    <message>
        <source>cả sàn trả lời sai</source>
        <translation>the whole floor answered wrong</translation>
    </message>
    <message>
        <source>cả sàn trả lời sai: không ai bị loại</source>
        <translation>the whole floor answered wrong: nobody is out</translation>
    </message>
    <message>
        <source>rung chuông vàng: {sbds}</source>
        <translation>rang the golden bell: {sbds}</translation>
    </message>
    <message>
        <source>dừng câu hỏi phụ: {sbds}</source>
        <translation>left the tie-break: {sbds}</translation>
    </message>
    <message>
        <source>Không tham gia</source>
        <translation>Not taking part</translation>
    </message>
    <message>
        <source>Đúng</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Sai</source>
        <translation>Wrong</translation>
    </message>
    <message>
        <source>bàn phím</source>
        <translation>keypad</translation>
    </message>
    <message>
        <source>nhập tay</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>Mỗi thí sinh × mỗi câu hỏi đã hiện. Thời gian trả lời tính từ lúc bắt đầu tính giờ; đáp án nhập tay tính trọn thời gian của câu.</source>
        <translation>Every contestant × every question shown. Response times count from the start of the timer; an answer entered by hand counts the question&apos;s whole time.</translation>
    </message>
    <message>
        <source>Người điều khiển</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Bàn phím</source>
        <translation>Keypad</translation>
    </message>
    <message>
        <source>Bộ thu</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Bấm phím</source>
        <translation>Press</translation>
    </message>
    <message>
        <source>Bấm bị từ chối</source>
        <translation>Refused press</translation>
    </message>
    <message>
        <source>Nhiễu đường truyền</source>
        <translation>Line noise</translation>
    </message>
    <message>
        <source>Mất khung</source>
        <translation>Lost frames</translation>
    </message>
    <message>
        <source>Sửa tay</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Điều khiển</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>ĐÃ HOÀN TÁC</source>
        <translation>UNDONE</translation>
    </message>
    <message>
        <source>{n} mục, gồm cả các lần bấm bị từ chối, các lần sửa tay và các bước đã hoàn tác ({undone} mục đã hoàn tác, đánh dấu ở cột {column}).</source>
        <translation>Log entries: {n}, including refused presses, corrections and undone steps ({undone} of them undone, marked in the {column} column).</translation>
    </message>
</context>
<context>
    <name>ResultsCli</name>
    <message>
        <source>ket-qua.xlsx</source>
        <translation>results.xlsx</translation>
    </message>
    <message>
        <source>the-cho-ngoi.pdf</source>
        <translation>seat-cards.pdf</translation>
    </message>
    <message>
        <source>giay-chung-nhan.pdf</source>
        <translation>certificates.pdf</translation>
    </message>
    <message>
        <source>giay-chung-nhan-tap-the.pdf</source>
        <translation>team-certificates.pdf</translation>
    </message>
    <message>
        <source>CHÚ Ý: chương trình chưa kết thúc — bảng tính ghi KẾT QUẢ TẠM THỜI trên mọi trang.</source>
        <translation>NOTE: the show is not over — every sheet of the workbook says PROVISIONAL RESULTS.</translation>
    </message>
    <message>
        <source>Đã xuất {path}: {contestants} thí sinh, {questions} câu hỏi, {entries} mục nhật ký.</source>
        <translation>Exported {path} — contestants: {contestants}, questions: {questions}, log entries: {entries}.</translation>
    </message>
    <message>
        <source>Dấu vân tay kết quả: {text}</source>
        <translation>Results fingerprint: {text}</translation>
    </message>
    <message>
        <source>Đã in {n} thẻ chỗ ngồi trên {pages} trang: {path}</source>
        <translation>Printed {n} seat card(s) on {pages} page(s): {path}</translation>
    </message>
    <message>
        <source>CHÚ Ý: {what}</source>
        <translation>NOTE: {what}</translation>
    </message>
    <message>
        <source>Đã in {pages} giấy chứng nhận: {path}</source>
        <translation>Printed {pages} certificate(s): {path}</translation>
    </message>
    <message>
        <source>Đã in {pages} giấy chứng nhận tập thể: {path}</source>
        <translation>Printed {pages} team certificates: {path}</translation>
    </message>
</context>
<context>
    <name>ResultsColumn</name>
    <message>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Ghế</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>SBD</source>
        <translation>Candidate number</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Số câu đúng</source>
        <translation>Right answers</translation>
    </message>
    <message>
        <source>Tổng thời gian trả lời đúng (giây)</source>
        <translation>Total time of right answers (s)</translation>
    </message>
    <message>
        <source>Giải thưởng</source>
        <translation>Prize</translation>
    </message>
    <message>
        <source>Cách phân định thứ hạng</source>
        <translation>How the place was decided</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Vòng</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Câu số</source>
        <translation>Question no.</translation>
    </message>
    <message>
        <source>Mã câu</source>
        <translation>Question ID</translation>
    </message>
    <message>
        <source>Nội dung câu hỏi</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Đáp án đúng</source>
        <translation>Right answer</translation>
    </message>
    <message>
        <source>Thời điểm hiện câu</source>
        <translation>Shown at</translation>
    </message>
    <message>
        <source>Số tham gia</source>
        <translation>Taking part</translation>
    </message>
    <message>
        <source>Chọn {letter}</source>
        <translation>Chose {letter}</translation>
    </message>
    <message>
        <source>Không trả lời</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Số đúng</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Số sai</source>
        <translation>Wrong</translation>
    </message>
    <message>
        <source>Số bị loại</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Bị loại (SBD)</source>
        <translation>Out (candidate numbers)</translation>
    </message>
    <message>
        <source>Trở lại / cứu trợ (SBD)</source>
        <translation>Back / rescued (candidate numbers)</translation>
    </message>
    <message>
        <source>Kết quả khác</source>
        <translation>Other outcomes</translation>
    </message>
    <message>
        <source>Sửa tay, hoàn tác</source>
        <translation>Corrections, undos</translation>
    </message>
    <message>
        <source>STT câu</source>
        <translation>Question order</translation>
    </message>
    <message>
        <source>Đáp án chọn</source>
        <translation>Answer given</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Thời gian trả lời (giây)</source>
        <translation>Response time (s)</translation>
    </message>
    <message>
        <source>Ghi nhận bằng</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Bước</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Mục</source>
        <translation>Item</translation>
    </message>
</context>
<context>
    <name>ResultsError</name>
    <message>
        <source>Không ghi được {name}: tệp đang được mở trong một chương trình khác (Excel, trình xem PDF). Hãy đóng tệp đó rồi thử lại.</source>
        <translation>Cannot write {name}: the file is open in another program (Excel, a PDF viewer). Close it, then try again.</translation>
    </message>
    <message>
        <source>{path} là một thư mục, không phải tệp: hãy chọn tên tệp.</source>
        <translation>{path} is a folder, not a file: choose a file name.</translation>
    </message>
    <message>
        <source>Không có thư mục {folder}: hãy chọn nơi lưu khác.</source>
        <translation>There is no folder {folder}: choose another place to save.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục {folder}: {detail}. Hãy chọn nơi lưu khác (ổ đĩa có thể đang chỉ đọc hoặc đã đầy).</source>
        <translation>Cannot write in the folder {folder}: {detail}. Choose another place to save (the drive may be read-only or full).</translation>
    </message>
    <message>
        <source>Không ghi được {name}: {detail}. Hãy kiểm tra ổ đĩa rồi thử lại.</source>
        <translation>Cannot write {name}: {detail}. Check the drive, then try again.</translation>
    </message>
    <message>
        <source>Không tạo được PDF: chương trình đang chạy không có giao diện Qt.</source>
        <translation>Cannot make a PDF: the running program has no Qt graphical interface.</translation>
    </message>
    <message>
        <source>Không tìm thấy phông chữ có dấu tiếng Việt. Hãy chỉ ra tệp .ttf bằng --font (ví dụ DejaVuSans.ttf hoặc arial.ttf).</source>
        <translation>No font with Vietnamese letters was found. Name a .ttf file with --font (for example DejaVuSans.ttf or arial.ttf).</translation>
    </message>
    <message>
        <source>Không đọc được phông chữ {path}.</source>
        <translation>Cannot read the font {path}.</translation>
    </message>
    <message>
        <source>Không tạo được tệp PDF {name}.</source>
        <translation>Cannot create the PDF file {name}.</translation>
    </message>
    <message>
        <source>Không đọc được ảnh {path}.</source>
        <translation>Cannot read the picture {path}.</translation>
    </message>
    <message>
        <source>Chương trình chưa kết thúc: chưa thể in giấy chứng nhận. Dùng --provisional để in bản nháp (mỗi trang ghi BẢN NHÁP).</source>
        <translation>The show is not over: certificates cannot be printed yet. Use --provisional to print drafts (every page then says DRAFT).</translation>
    </message>
    <message>
        <source>Chưa có thí sinh nào được xác định giải: không có giấy chứng nhận nào để in.</source>
        <translation>No contestant has a decided prize yet: there is no certificate to print.</translation>
    </message>
    <message>
        <source>Chưa có đơn vị nào được xác định giải tập thể (danh sách thí sinh không ghi đơn vị, hoặc thể lệ không có giải tập thể): không có giấy chứng nhận tập thể nào để in.</source>
        <translation>No unit has a decided team prize (the roster names no units, or the rules give no team prizes): there is no team certificate to print.</translation>
    </message>
    <message>
        <source>Không đọc được bảng tính {name}: {detail}. Hãy chọn tệp .xlsx do rcv xuất ra.</source>
        <translation>Cannot read the workbook {name}: {detail}. Choose an .xlsx file exported by rcv.</translation>
    </message>
    <message>
        <source>Mẫu giấy chứng nhận {name}, {where}: {problem}</source>
        <translation>Certificate template {name}, {where}: {problem}</translation>
    </message>
    <message>
        <source>Không tìm thấy mẫu giấy chứng nhận {path}.</source>
        <translation>Certificate template {path} not found.</translation>
    </message>
    <message>
        <source>cả tệp</source>
        <translation>the whole file</translation>
    </message>
    <message>
        <source>mục {item}</source>
        <translation>item {item}</translation>
    </message>
    <message>
        <source>phần border</source>
        <translation>the border section</translation>
    </message>
    <message>
        <source>cần một nhóm khoá: giá trị</source>
        <translation>a group of key: value lines is needed</translation>
    </message>
    <message>
        <source>khoá lạ {keys} (dùng được: {known})</source>
        <translation>unknown key {keys} (usable: {known})</translation>
    </message>
    <message>
        <source>thiếu hoặc sai khoá ({detail})</source>
        <translation>a key is missing or wrong ({detail})</translation>
    </message>
    <message>
        <source>không tìm thấy tệp {file}</source>
        <translation>file {file} not found</translation>
    </message>
    <message>
        <source>toạ độ, cỡ chữ phải là số</source>
        <translation>positions and sizes must be numbers</translation>
    </message>
    <message>
        <source>align phải là left, center hoặc right, không phải {align}</source>
        <translation>align must be left, center or right, not {align}</translation>
    </message>
    <message>
        <source>cỡ chữ (size) phải lớn hơn 0</source>
        <translation>the text size (size) must be greater than 0</translation>
    </message>
    <message>
        <source>chỗ thay thế lạ {placeholder} (dùng được: {usable})</source>
        <translation>unknown placeholder {placeholder} (usable: {usable})</translation>
    </message>
    <message>
        <source>không đọc được ({detail})</source>
        <translation>cannot be read ({detail})</translation>
    </message>
    <message>
        <source>cần các khoá version, items…</source>
        <translation>the keys version, items… are needed</translation>
    </message>
    <message>
        <source>khoá lạ {keys}</source>
        <translation>unknown key {keys}</translation>
    </message>
    <message>
        <source>phiên bản mẫu {version} chưa được hỗ trợ</source>
        <translation>template version {version} is not supported</translation>
    </message>
    <message>
        <source>cần danh sách items</source>
        <translation>a list of items is needed</translation>
    </message>
    <message>
        <source>cần text, line hoặc image</source>
        <translation>text, line or image is needed</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Thể lệ</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Không trả lời bị tính là sai</source>
        <translation>No answer counts as wrong</translation>
    </message>
    <message>
        <source>không</source>
        <translation>none</translation>
    </message>
    <message>
        <source>cả bộ câu hỏi</source>
        <translation>the whole question set</translation>
    </message>
    <message>
        <source>Giải</source>
        <translation>Prize</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Thời gian mỗi câu (giây)</source>
        <translation>Time per question (seconds)</translation>
    </message>
    <message>
        <source>Thời gian câu hỏi phụ (giây)</source>
        <translation>Tiebreak question time (seconds)</translation>
    </message>
    <message>
        <source>Thời gian câu chuông vàng (giây)</source>
        <translation>Golden bell question time (seconds)</translation>
    </message>
    <message>
        <source>Khi cả sàn trả lời sai</source>
        <translation>When the whole floor answers wrong</translation>
    </message>
    <message>
        <source>Bấm nhiều lần</source>
        <translation>Several presses</translation>
    </message>
    <message>
        <source>Bấm lúc tạm dừng</source>
        <translation>Presses during a pause</translation>
    </message>
    <message>
        <source>Số câu hỏi chính</source>
        <translation>Number of main questions</translation>
    </message>
    <message>
        <source>Hết câu hỏi chính mà còn nhiều người</source>
        <translation>Main questions used up with several still standing</translation>
    </message>
    <message>
        <source>Câu chuông vàng khi còn (người)</source>
        <translation>Golden bell question when this many remain</translation>
    </message>
    <message>
        <source>Được cứu trợ từ sau câu chính thứ</source>
        <translation>Rescue allowed after main question</translation>
    </message>
    <message>
        <source>…hoặc ngay khi trên sàn còn dưới (người)</source>
        <translation>…or as soon as fewer than this many are left on the floor</translation>
    </message>
    <message>
        <source>Số lượt cứu trợ</source>
        <translation>Number of rescues</translation>
    </message>
    <message>
        <source>Cách cứu trợ đề xuất</source>
        <translation>Suggested rescue method</translation>
    </message>
    <message>
        <source>Số thí sinh tốt nhất được cứu</source>
        <translation>Number of best contestants rescued</translation>
    </message>
    <message>
        <source>Thi đấu</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Cứu trợ</source>
        <translation>Rescue</translation>
    </message>
    <message>
        <source>Thêm giải</source>
        <translation>Add prize</translation>
    </message>
    <message>
        <source>Bớt giải</source>
        <translation>Remove prize</translation>
    </message>
    <message>
        <source>Giải mới</source>
        <translation>New prize</translation>
    </message>
    <message>
        <source>Giải thưởng (theo thứ hạng)</source>
        <translation>Prizes (by rank)</translation>
    </message>
    <message>
        <source>Chương trình đã bắt đầu: thể lệ đã cố định, chỉ xem.</source>
        <translation>The show has started: the rules are fixed, view only.</translation>
    </message>
    <message>
        <source>Số lượng giải &quot;{name}&quot; phải là số.</source>
        <translation>The number of &quot;{name}&quot; prizes must be a number.</translation>
    </message>
</context>
<context>
    <name>ScreenLine</name>
    <message>
        <source>Không thấy màn hình thứ hai: màn chiếu đang là một cửa sổ trên màn hình này. Cắm máy chiếu vào — màn chiếu sẽ tự lên đó.</source>
        <translation>No second screen found: the projector is a window on this screen. Plug the projector in — the display will go up on it by itself.</translation>
    </message>
    <message>
        <source>Màn chiếu: {name} — {w}×{h}</source>
        <translation>Projector: {name} — {w}×{h}</translation>
    </message>
</context>
<context>
    <name>SeatCard</name>
    <message>
        <source>GHẾ</source>
        <translation>SEAT</translation>
    </message>
    <message>
        <source>SBD: {sbd}</source>
        <translation>Candidate no.: {sbd}</translation>
    </message>
    <message>
        <source>Thẻ chỗ ngồi — {event}</source>
        <translation>Seat cards — {event}</translation>
    </message>
</context>
<context>
    <name>SeatCell</name>
    <message>
        <source>chưa trả lời</source>
        <translation>not answered yet</translation>
    </message>
    <message>
        <source>đã trả lời</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>đúng</source>
        <translation>right</translation>
    </message>
    <message>
        <source>sai</source>
        <translation>wrong</translation>
    </message>
    <message>
        <source>không trả lời</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>còn trên sàn, không tham gia câu này</source>
        <translation>on the floor, not in this question</translation>
    </message>
    <message>
        <source>đã bị loại</source>
        <translation>eliminated</translation>
    </message>
    <message>
        <source>được cứu trợ, trở lại sàn</source>
        <translation>rescued, back on the floor</translation>
    </message>
    <message>
        <source>rung chuông vàng</source>
        <translation>rang the golden bell</translation>
    </message>
    <message>
        <source>Ghế {seat}</source>
        <translation>Seat {seat}</translation>
    </message>
    <message>
        <source>chọn {answer} (sửa tay)</source>
        <translation>chose {answer} (set by hand)</translation>
    </message>
    <message>
        <source>chọn {answer} sau {s} giây</source>
        <translation>chose {answer} after {s} seconds</translation>
    </message>
    <message>
        <source>chọn {answer}</source>
        <translation>chose {answer}</translation>
    </message>
    <message>
        <source>bị loại ở câu này</source>
        <translation>eliminated at this question</translation>
    </message>
    <message>
        <source>trở lại sàn</source>
        <translation>back on the floor</translation>
    </message>
    <message>
        <source>một lần bấm bị từ chối: {why}</source>
        <translation>a press was refused: {why}</translation>
    </message>
</context>
<context>
    <name>SeatDialog</name>
    <message>
        <source>Ghế {seat}</source>
        <translation>Seat {seat}</translation>
    </message>
    <message>
        <source>Đáp án cho câu đang diễn ra</source>
        <translation>Answer to the current question</translation>
    </message>
    <message>
        <source>Chỉ sửa được khi ghế tham gia câu đang diễn ra.</source>
        <translation>Can be changed only while the seat takes part in the current question.</translation>
    </message>
    <message>
        <source>Lý do (ghi vào nhật ký), ví dụ: bấm nhầm</source>
        <translation>Reason (written to the log), for example: wrong key pressed</translation>
    </message>
    <message>
        <source>Đặt đáp án</source>
        <translation>Set answer</translation>
    </message>
    <message>
        <source>Loại thí sinh</source>
        <translation>Eliminate contestant</translation>
    </message>
    <message>
        <source>Đưa trở lại sàn</source>
        <translation>Bring back to the floor</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Câu trả lời viết trên bảng</source>
        <translation>Answer written on the board</translation>
    </message>
    <message>
        <source>Không trả lời</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>sửa tay</source>
        <translation>set by hand</translation>
    </message>
    <message>
        <source>Hãy ghi lý do: nó được ghi vào nhật ký công khai.</source>
        <translation>Please give a reason: it is written to the public log.</translation>
    </message>
</context>
<context>
    <name>SeatLegend</name>
    <message>
        <source>Ctrl + cuộn chuột hoặc Ctrl +/−: phóng to, thu nhỏ; Ctrl+0: xem hết</source>
        <translation>Ctrl + mouse wheel or Ctrl +/−: zoom in, out; Ctrl+0: see every seat</translation>
    </message>
    <message>
        <source>chưa trả lời</source>
        <translation>not answered yet</translation>
    </message>
    <message>
        <source>đã trả lời</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>đúng</source>
        <translation>right</translation>
    </message>
    <message>
        <source>sai</source>
        <translation>wrong</translation>
    </message>
    <message>
        <source>không trả lời</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>trên sàn, ngoài câu này</source>
        <translation>on the floor, not in this question</translation>
    </message>
    <message>
        <source>đã loại</source>
        <translation>eliminated</translation>
    </message>
    <message>
        <source>được cứu</source>
        <translation>rescued</translation>
    </message>
    <message>
        <source>chuông vàng</source>
        <translation>golden bell</translation>
    </message>
    <message>
        <source>sửa tay</source>
        <translation>set by hand</translation>
    </message>
    <message>
        <source>bấm bị từ chối</source>
        <translation>press refused</translation>
    </message>
</context>
<context>
    <name>SeatSearch</name>
    <message>
        <source>Tìm ghế, SBD hoặc tên — Enter để mở ghế</source>
        <translation>Find a seat, candidate number or name — Enter opens the seat</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <source>Thư mục ghi</source>
        <translation>Writable folders</translation>
    </message>
    <message>
        <source>Tệp mẫu</source>
        <translation>Sample files</translation>
    </message>
    <message>
        <source>Tệp sự kiện (SQLite)</source>
        <translation>Event file (SQLite)</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Bàn phím (hub mô phỏng)</source>
        <translation>Keypads (simulated hub)</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Phông chữ</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <source>Âm thanh</source>
        <translation>Sound</translation>
    </message>
    <message>
        <source>Màn chiếu (QML)</source>
        <translation>Projector (QML)</translation>
    </message>
    <message>
        <source>Bản dịch</source>
        <translation>Translations</translation>
    </message>
    <message>
        <source>lỗi không mong đợi: {kind}: {message}</source>
        <translation>unexpected error: {kind}: {message}</translation>
    </message>
    <message>
        <source>không ghi được: {problems}</source>
        <translation>cannot write: {problems}</translation>
    </message>
    <message>
        <source>ghi được cả {count} thư mục (thư mục của người dùng; chế độ mang theo tắt)</source>
        <translation>all {count} folders writable (the user&apos;s folders; portable mode off)</translation>
    </message>
    <message>
        <source>ghi được cả {count} thư mục (chế độ mang theo, {reason}: {root})</source>
        <translation>all {count} folders writable (portable mode, {reason}: {root})</translation>
    </message>
    <message>
        <source>tệp sự kiện: {path}</source>
        <translation>event files: {path}</translation>
    </message>
    <message>
        <source>nhật ký: {path}</source>
        <translation>logs: {path}</translation>
    </message>
    <message>
        <source>thiếu bộ câu hỏi mẫu {path}</source>
        <translation>the sample questions {path} are missing</translation>
    </message>
    <message>
        <source>bộ câu hỏi mẫu không đọc được: {path}</source>
        <translation>the sample questions cannot be read: {path}</translation>
    </message>
    <message>
        <source>thiếu tệp Excel mẫu trong {folder}</source>
        <translation>no Excel templates in {folder}</translation>
    </message>
    <message>
        <source>{name} không mở được: {detail}</source>
        <translation>{name} does not open: {detail}</translation>
    </message>
    <message>
        <source>{sample}: {count} câu; mẫu Excel: {templates}</source>
        <translation>{sample}: {count} questions; Excel templates: {templates}</translation>
    </message>
    <message>
        <source>không ghi được bước nào vào tệp sự kiện</source>
        <translation>no step could be written to the event file</translation>
    </message>
    <message>
        <source>mở lại thấy {read} dòng nhật ký thay vì {written}, hoặc mã khác</source>
        <translation>reopened, it holds {read} log entries instead of {written}, or another hash</translation>
    </message>
    <message>
        <source>SQLite không dùng WAL ở {folder} (journal_mode={mode})</source>
        <translation>SQLite does not use WAL in {folder} (journal_mode={mode})</translation>
    </message>
    <message>
        <source>ghi {written} dòng nhật ký, mở lại đủ và khớp mã {head}… (WAL)</source>
        <translation>wrote {written} log entries, reopened them all with the same hash {head}… (WAL)</translation>
    </message>
    <message>
        <source>đọc lại khác với đã ghi: {back}</source>
        <translation>what was read back differs from what was written: {back}</translation>
    </message>
    <message>
        <source>ghi rồi đọc lại được chữ tiếng Việt, số và ngày (.xlsx)</source>
        <translation>Vietnamese text, numbers and dates written and read back (.xlsx)</translation>
    </message>
    <message>
        <source>không mở được {url} hoặc hub không chào</source>
        <translation>could not open {url}, or the hub did not say hello</translation>
    </message>
    <message>
        <source>không mở được {url} hoặc hub không chào ({detail})</source>
        <translation>could not open {url}, or the hub did not say hello ({detail})</translation>
    </message>
    <message>
        <source>đã gửi ARM nhưng không nhận được lần bấm nào</source>
        <translation>ARM was sent but no press came back</translation>
    </message>
    <message>
        <source>hub không xác nhận lệnh LOCK</source>
        <translation>the hub did not acknowledge LOCK</translation>
    </message>
    <message>
        <source>không đóng được cổng (luồng đọc không dừng)</source>
        <translation>the port could not be closed (the reader thread did not stop)</translation>
    </message>
    <message>
        <source>hub {hub} chào qua {url}; ARM → ghế {seat} bấm {key} sau {ms} ms; LOCK được xác nhận; đóng cổng</source>
        <translation>hub {hub} said hello over {url}; ARM → seat {seat} pressed {key} after {ms} ms; LOCK acknowledged; port closed</translation>
    </message>
    <message>
        <source>không liệt kê được cổng serial: {detail}</source>
        <translation>could not list the serial ports: {detail}</translation>
    </message>
    <message>
        <source>chưa thấy cổng serial nào (cắm hub rồi xem: rcv hw ports)</source>
        <translation>no serial port seen yet (plug the hub in, then: rcv hw ports)</translation>
    </message>
    <message>
        <source>cổng serial trên máy: {ports}</source>
        <translation>serial ports on this computer: {ports}</translation>
    </message>
    <message>
        <source>Qt không nạp được: {why}</source>
        <translation>Qt cannot load: {why}</translation>
    </message>
    <message>
        <source>không chạy vì Qt không nạp được (xem dòng Qt)</source>
        <translation>not run: Qt cannot load (see the Qt line)</translation>
    </message>
    <message>
        <source>đã có một QCoreApplication không có giao diện</source>
        <translation>a QCoreApplication without a user interface already exists</translation>
    </message>
    <message>
        <source>thiếu plugin nền tảng &apos;{wanted}&apos; (có: {available})</source>
        <translation>the platform plugin &apos;{wanted}&apos; is missing (there are: {available})</translation>
    </message>
    <message>
        <source>plugin nền tảng &apos;{wanted}&apos; không nạp được: {why}</source>
        <translation>the platform plugin &apos;{wanted}&apos; cannot load: {why}</translation>
    </message>
    <message>
        <source>không có màn hình X (DISPLAY trống)</source>
        <translation>no X display (DISPLAY is empty)</translation>
    </message>
    <message>
        <source>{problem}; các mục sau chạy với nền tảng offscreen</source>
        <translation>{problem}; the next checks run on the offscreen platform</translation>
    </message>
    <message>
        <source>ứng dụng không có Qt Widgets (bảng điều khiển cần nó)</source>
        <translation>the application has no Qt Widgets (the console needs them)</translation>
    </message>
    <message>
        <source>nền tảng &apos;{platform}&apos; không có màn hình nào</source>
        <translation>the platform &apos;{platform}&apos; has no screen</translation>
    </message>
    <message>
        <source>nền tảng &apos;{platform}&apos;, Qt {qt} (PySide6 {pyside}), {count} màn hình: {sizes}</source>
        <translation>platform &apos;{platform}&apos;, Qt {qt} (PySide6 {pyside}), screens: {count} ({sizes})</translation>
    </message>
    <message>
        <source>chỉ có 1 màn hình: cắm máy chiếu để chiếu sang màn hình thứ hai</source>
        <translation>only 1 screen: plug the projector in to show on a second screen</translation>
    </message>
    <message>
        <source>thiếu tệp phông chữ {path}</source>
        <translation>the font file {path} is missing</translation>
    </message>
    <message>
        <source>Qt không nạp được phông chữ {name}</source>
        <translation>Qt could not load the font {name}</translation>
    </message>
    <message>
        <source>Qt không đọc được phông chữ {name}</source>
        <translation>Qt could not read the font {name}</translation>
    </message>
    <message>
        <source>{name} thiếu chữ: {letters}</source>
        <translation>{name} lacks letters: {letters}</translation>
    </message>
    <message>
        <source>Qt dùng &apos;{used}&apos; thay cho &apos;{family}&apos;</source>
        <translation>Qt uses &apos;{used}&apos; instead of &apos;{family}&apos;</translation>
    </message>
    <message>
        <source>&apos;{family}&apos; thiếu chữ: {letters}</source>
        <translation>&apos;{family}&apos; lacks letters: {letters}</translation>
    </message>
    <message>
        <source>{families} ({files} tệp) có đủ {letters} chữ tiếng Việt, cả {stacked}</source>
        <translation>{families} ({files} files) have all {letters} Vietnamese letters, {stacked} included</translation>
    </message>
    <message>
        <source>thiếu tệp âm thanh {path}</source>
        <translation>the sound file {path} is missing</translation>
    </message>
    <message>
        <source>{name} không phải WAV PCM đọc được: {detail}</source>
        <translation>{name} is not a readable PCM WAV: {detail}</translation>
    </message>
    <message>
        <source>QtMultimedia không nạp được: {why}</source>
        <translation>QtMultimedia cannot load: {why}</translation>
    </message>
    <message>
        <source>QSoundEffect không nạp được: {names}</source>
        <translation>QSoundEffect could not load: {names}</translation>
    </message>
    <message>
        <source>loa: {name}</source>
        <translation>speaker: {name}</translation>
    </message>
    <message>
        <source>không có thiết bị âm thanh: chương trình sẽ im lặng (không phải lỗi)</source>
        <translation>no audio device: the show will be silent (not an error)</translation>
    </message>
    <message>
        <source>QSoundEffect chưa nạp: {names} (vì không có loa)</source>
        <translation>QSoundEffect did not load: {names} (no speaker)</translation>
    </message>
    <message>
        <source>{count} tệp WAV đọc được ({seconds} s); QSoundEffect nạp {ready}/{total}</source>
        <translation>{count} WAV files readable ({seconds} s); QSoundEffect loaded {ready}/{total}</translation>
    </message>
    <message>
        <source>không thấy tệp QML nào trong {folder}</source>
        <translation>no QML file found in {folder}</translation>
    </message>
    <message>
        <source>{name}: {errors}</source>
        <translation>{name}: {errors}</translation>
    </message>
    <message>
        <source>Qt không đọc được ảnh SVG (thiếu plugin imageformats/qsvg)</source>
        <translation>Qt cannot read SVG images (the imageformats/qsvg plugin is missing)</translation>
    </message>
    <message>
        <source>không tạo được cảnh QML thử: {errors}</source>
        <translation>could not build the QML test scene: {errors}</translation>
    </message>
    <message>
        <source>logo {name} không hiện được trong QML (status {status})</source>
        <translation>the logo {name} does not show in QML (status {status})</translation>
    </message>
    <message>
        <source>{count} tệp QML của màn chiếu dịch được; logo SVG hiện được</source>
        <translation>{count} QML files of the projector compile; the SVG logo shows</translation>
    </message>
    <message>
        <source>thiếu bản dịch tiếng Anh (có: {languages})</source>
        <translation>the English translation is missing (there are: {languages})</translation>
    </message>
    <message>
        <source>không nạp được bản dịch tiếng Anh (rcv_en.qm)</source>
        <translation>could not load the English translation (rcv_en.qm)</translation>
    </message>
    <message>
        <source>bản dịch tiếng Anh không dịch &apos;{probe}&apos; (được {got})</source>
        <translation>the English translation does not translate &apos;{probe}&apos; (got {got})</translation>
    </message>
    <message>
        <source>thiếu chữ tiếng Việt cho nút của Qt (qtbase_vi.qm)</source>
        <translation>Qt&apos;s buttons have no Vietnamese words (qtbase_vi.qm)</translation>
    </message>
    <message>
        <source>{languages}: &apos;{probe}&apos; → &apos;{word}&apos;, nút &apos;Cancel&apos; → &apos;{cancel}&apos;</source>
        <translation>{languages}: &apos;{probe}&apos; → &apos;{word}&apos;, button &apos;Cancel&apos; → &apos;{cancel}&apos;</translation>
    </message>
    <message>
        <source>{kind}: {message}</source>
        <translation>{kind}: {message}</translation>
    </message>
    <message>
        <source>bật bởi --portable</source>
        <translation>on with --portable</translation>
    </message>
    <message>
        <source>RCV_PORTABLE={value}</source>
        <translation>RCV_PORTABLE={value}</translation>
    </message>
    <message>
        <source>có tệp portable.txt cạnh chương trình</source>
        <translation>portable.txt beside the program</translation>
    </message>
    <message>
        <source>thiếu thư viện {libraries}</source>
        <translation>missing library {libraries}</translation>
    </message>
    <message>
        <source>{soname} (gói {package})</source>
        <translation>{soname} (package {package})</translation>
    </message>
    <message>
        <source>{soname} (của PySide6)</source>
        <translation>{soname} (part of PySide6)</translation>
    </message>
    <message>
        <source>{soname} (không rõ gói nào)</source>
        <translation>{soname} (package unknown)</translation>
    </message>
    <message>
        <source>cài bằng: {command}</source>
        <translation>install with: {command}</translation>
    </message>
    <message>
        <source>bản đóng gói bị thiếu tệp, hãy chép lại cả thư mục</source>
        <translation>the bundle lacks a file, copy the whole folder again</translation>
    </message>
    <message>
        <source>cài lại PySide6: {command}</source>
        <translation>reinstall PySide6: {command}</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <source>OK </source>
        <translation>OK </translation>
    </message>
    <message>
        <source>LỖI</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>ghi chú: {note}</source>
        <translation>note: {note}</translation>
    </message>
    <message>
        <source>rcv {version} — tự kiểm tra cài đặt (self-test)</source>
        <translation>rcv {version} — installation self-test</translation>
    </message>
    <message>
        <source>Chương trình: {root} ({kind}), Python {python}, {system}</source>
        <translation>Program: {root} ({kind}), Python {python}, {system}</translation>
    </message>
    <message>
        <source>bản đóng gói</source>
        <translation>bundle</translation>
    </message>
    <message>
        <source>mã nguồn</source>
        <translation>source</translation>
    </message>
    <message>
        <source>Kết quả: {total}/{total} mục OK — máy sẵn sàng cho chương trình.</source>
        <translation>Result: {total}/{total} OK — this computer is ready for the show.</translation>
    </message>
    <message>
        <source>Kết quả: {failed}/{total} mục LỖI ({names}) — chưa sẵn sàng, xem chi tiết ở trên.</source>
        <translation>Result: {failed}/{total} FAILED ({names}) — not ready, see the details above.</translation>
    </message>
</context>
<context>
    <name>Show</name>
    <message>
        <source>chờ bắt đầu</source>
        <translation>waiting to start</translation>
    </message>
    <message>
        <source>đã hiện câu hỏi</source>
        <translation>question shown</translation>
    </message>
    <message>
        <source>đang tính giờ</source>
        <translation>timer running</translation>
    </message>
    <message>
        <source>hết giờ</source>
        <translation>time up</translation>
    </message>
    <message>
        <source>đã công bố đáp án</source>
        <translation>answer revealed</translation>
    </message>
    <message>
        <source>đã xử lý kết quả</source>
        <translation>results applied</translation>
    </message>
    <message>
        <source>đã kết thúc</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>vòng chính</source>
        <translation>main round</translation>
    </message>
    <message>
        <source>vòng cứu trợ</source>
        <translation>rescue round</translation>
    </message>
    <message>
        <source>vòng câu hỏi phụ</source>
        <translation>tie-break round</translation>
    </message>
    <message>
        <source>vòng chuông vàng</source>
        <translation>golden-bell round</translation>
    </message>
    <message>
        <source>Câu {n}</source>
        <translation>Question {n}</translation>
    </message>
    <message>
        <source>Câu cứu trợ {n}</source>
        <translation>Rescue question {n}</translation>
    </message>
    <message>
        <source>Câu hỏi phụ {n}</source>
        <translation>Tie-break question {n}</translation>
    </message>
    <message>
        <source>Câu hỏi chuông vàng</source>
        <translation>Golden-bell question</translation>
    </message>
    <message>
        <source>hiện câu hỏi mới</source>
        <translation>show a new question</translation>
    </message>
    <message>
        <source>bắt đầu tính giờ</source>
        <translation>start the timer</translation>
    </message>
    <message>
        <source>khoá đáp án</source>
        <translation>lock the answers</translation>
    </message>
    <message>
        <source>công bố đáp án</source>
        <translation>reveal the answer</translation>
    </message>
    <message>
        <source>xử lý kết quả</source>
        <translation>apply the results</translation>
    </message>
    <message>
        <source>sửa đáp án</source>
        <translation>correct an answer</translation>
    </message>
    <message>
        <source>cứu trợ</source>
        <translation>rescue</translation>
    </message>
    <message>
        <source>mở vòng câu hỏi phụ</source>
        <translation>open a tie-break</translation>
    </message>
    <message>
        <source>kết thúc vòng câu hỏi phụ</source>
        <translation>end the tie-break</translation>
    </message>
    <message>
        <source>mở câu hỏi chuông vàng</source>
        <translation>open the golden-bell question</translation>
    </message>
    <message>
        <source>kết thúc chương trình</source>
        <translation>end the show</translation>
    </message>
    <message>
        <source>không trong thời gian trả lời</source>
        <translation>not while answers are open</translation>
    </message>
    <message>
        <source>bấm sau khi hết giờ</source>
        <translation>pressed after time was up</translation>
    </message>
    <message>
        <source>đã trả lời trước đó</source>
        <translation>already answered</translation>
    </message>
    <message>
        <source>ghế không có trong danh sách</source>
        <translation>seat not on the roster</translation>
    </message>
    <message>
        <source>ghế không còn thi đấu</source>
        <translation>seat no longer in play</translation>
    </message>
    <message>
        <source>phím không phải phương án</source>
        <translation>key is not an option</translation>
    </message>
    <message>
        <source>bấm lúc đang tạm dừng</source>
        <translation>pressed during the pause</translation>
    </message>
    <message>
        <source>ghế ngoài dải ghế của bộ thu</source>
        <translation>seat outside the hub&apos;s range</translation>
    </message>
    <message>
        <source>phím nảy hoặc bị kẹt</source>
        <translation>key bouncing or stuck</translation>
    </message>
    <message>
        <source>khung nhận hai lần</source>
        <translation>frame received twice</translation>
    </message>
    <message>
        <source>bộ thu chưa chào</source>
        <translation>hub has not said hello</translation>
    </message>
    <message>
        <source>phím thiết bị không nhận ra</source>
        <translation>device key not recognised</translation>
    </message>
    <message>
        <source>khung hỏng</source>
        <translation>damaged frame</translation>
    </message>
    <message>
        <source>khung lạc thứ tự</source>
        <translation>frame out of sequence</translation>
    </message>
    <message>
        <source>đến sau khi đã ghi là mất</source>
        <translation>arrived after being logged as lost</translation>
    </message>
    <message>
        <source>nút giành quyền không có phím đáp án (câu này trả lời bằng phím A–F)</source>
        <translation>a buzzer without answer keys (this question is answered with keys A–F)</translation>
    </message>
    <message>
        <source>bấm sau khi đã có người giành quyền</source>
        <translation>pressed after someone had already buzzed in</translation>
    </message>
    <message>
        <source>nhiễu</source>
        <translation>noise</translation>
    </message>
    <message>
        <source>khung bị cắt</source>
        <translation>cut-off frame</translation>
    </message>
    <message>
        <source>dòng quá dài</source>
        <translation>line too long</translation>
    </message>
    <message>
        <source>sai mã kiểm tra</source>
        <translation>bad checksum</translation>
    </message>
    <message>
        <source>loại khung lạ</source>
        <translation>unknown frame type</translation>
    </message>
    <message>
        <source>khung lặp</source>
        <translation>repeated frame</translation>
    </message>
    <message>
        <source>trước lời chào</source>
        <translation>before hello</translation>
    </message>
    <message>
        <source>dòng không nhận ra</source>
        <translation>line not recognised</translation>
    </message>
    <message>
        <source>lệnh dội lại</source>
        <translation>command echoed back</translation>
    </message>
    <message>
        <source>lặp lại</source>
        <translation>repeat</translation>
    </message>
    <message>
        <source>ghế lạ</source>
        <translation>unknown seat</translation>
    </message>
    <message>
        <source>bàn phím chưa ghép với ghế nào</source>
        <translation>a keypad not paired with any seat</translation>
    </message>
    <message>
        <source>nút đang được giữ (thiết bị gửi lặp lại)</source>
        <translation>a button still held (the device repeats it)</translation>
    </message>
    <message>
        <source>trả lời sai</source>
        <translation>answered wrong</translation>
    </message>
    <message>
        <source>cả sàn trả lời sai</source>
        <translation>the whole floor answered wrong</translation>
    </message>
    <message>
        <source>ban tổ chức loại</source>
        <translation>eliminated by the organisers</translation>
    </message>
    <message>
        <source>hết câu hỏi chính</source>
        <translation>the main questions are used up</translation>
    </message>
    <message>
        <source>không còn thí sinh trên sàn</source>
        <translation>nobody is left on the floor</translation>
    </message>
    <message>
        <source>đã trả lời câu hỏi chuông vàng</source>
        <translation>the golden-bell question has been answered</translation>
    </message>
    <message>
        <source>không có câu hỏi chuông vàng</source>
        <translation>there is no golden-bell question</translation>
    </message>
    <message>
        <source>hết câu hỏi cứu trợ</source>
        <translation>the rescue questions are used up</translation>
    </message>
    <message>
        <source>hết câu hỏi phụ</source>
        <translation>the tie-break questions are used up</translation>
    </message>
    <message>
        <source>đồng hạng ở ranh giới giải thưởng</source>
        <translation>a tie across a prize boundary</translation>
    </message>
    <message>
        <source>tìm người thắng sau câu hỏi chính cuối cùng</source>
        <translation>finding the winner after the last main question</translation>
    </message>
    <message>
        <source>MC kết thúc chương trình</source>
        <translation>the MC ended the show</translation>
    </message>
    <message>
        <source>đáp án viết trên bảng</source>
        <translation>answer written on a board</translation>
    </message>
    <message>
        <source>tất cả thí sinh bị loại trở lại</source>
        <translation>every eliminated contestant comes back</translation>
    </message>
    <message>
        <source>các ghế do ban tổ chức chọn</source>
        <translation>seats chosen by the organisers</translation>
    </message>
    <message>
        <source>những thí sinh có thành tích tốt nhất</source>
        <translation>the contestants with the best record</translation>
    </message>
    <message>
        <source>câu hỏi cứu trợ</source>
        <translation>a rescue question</translation>
    </message>
    <message>
        <source>còn trên sàn</source>
        <translation>still standing</translation>
    </message>
    <message>
        <source>rung chuông vàng</source>
        <translation>rang the golden bell</translation>
    </message>
    <message>
        <source>trụ lại lâu hơn</source>
        <translation>stayed longer</translation>
    </message>
    <message>
        <source>kết quả câu hỏi phụ</source>
        <translation>the tie-break result</translation>
    </message>
    <message>
        <source>nhiều câu đúng hơn</source>
        <translation>more right answers</translation>
    </message>
    <message>
        <source>tổng thời gian trả lời đúng ít hơn</source>
        <translation>less total time for right answers</translation>
    </message>
    <message>
        <source>bằng nhau hoàn toàn: ban tổ chức quyết định</source>
        <translation>equal on everything: the organisers decide</translation>
    </message>
    <message>
        <source>Không ai bị loại</source>
        <translation>Nobody is eliminated</translation>
    </message>
    <message>
        <source>Loại tất cả (có thể cứu trợ)</source>
        <translation>Eliminate them all (a rescue may bring them back)</translation>
    </message>
    <message>
        <source>Loại tất cả, xếp hạng bằng câu hỏi phụ</source>
        <translation>Eliminate them all, ranked by a tie-break</translation>
    </message>
    <message>
        <source>Lần bấm đầu tiên được tính</source>
        <translation>The first press counts</translation>
    </message>
    <message>
        <source>Lần bấm cuối cùng trước khi hết giờ được tính</source>
        <translation>The last press before time-up counts</translation>
    </message>
    <message>
        <source>Tất cả cùng thắng</source>
        <translation>All win together</translation>
    </message>
    <message>
        <source>Câu hỏi phụ tìm người thắng</source>
        <translation>Tie-break to find the winner</translation>
    </message>
    <message>
        <source>Không tính lần bấm lúc tạm dừng</source>
        <translation>Presses during a pause do not count</translation>
    </message>
    <message>
        <source>Vẫn tính lần bấm lúc tạm dừng</source>
        <translation>Presses during a pause still count</translation>
    </message>
    <message>
        <source>Cứu trợ khi trên sàn còn dưới 1 người (sàn trống) không bao giờ xảy ra: khi cả sàn sai, thể lệ giữ mọi người lại. Hãy đặt một số lớn hơn (ví dụ 10) hoặc để trống.</source>
        <translation>A rescue when fewer than 1 are left (an empty floor) can never happen: when the whole floor is wrong, the rules keep everybody. Set a larger number (10, say) or leave it empty.</translation>
    </message>
    <message>
        <source>Có lượt cứu trợ nhưng không có điều kiện nào cho phép: hãy đặt &quot;sau câu&quot; hoặc &quot;khi trên sàn còn dưới&quot;.</source>
        <translation>Rescues are allowed but on no condition: set &quot;after question&quot; or &quot;fewer than this many on the floor&quot;.</translation>
    </message>
    <message>
        <source>Cứu trợ những người tốt nhất với 0 người thì không ai trở lại.</source>
        <translation>Rescuing the best 0 contestants brings nobody back.</translation>
    </message>
    <message>
        <source>Bắt đầu tính giờ</source>
        <translation>Start the timer</translation>
    </message>
    <message>
        <source>Đang tính giờ…</source>
        <translation>Timer running…</translation>
    </message>
    <message>
        <source>Công bố đáp án</source>
        <translation>Reveal the answer</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Kết thúc vòng câu hỏi phụ</source>
        <translation>End the tie-break</translation>
    </message>
    <message>
        <source>Mở câu hỏi chuông vàng</source>
        <translation>Open the golden-bell question</translation>
    </message>
    <message>
        <source>Hiện kết quả chung cuộc</source>
        <translation>Show the final results</translation>
    </message>
    <message>
        <source>Đã kết thúc</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Hiện câu {n}</source>
        <translation>Show question {n}</translation>
    </message>
    <message>
        <source>Cứu trợ: hiện câu hỏi</source>
        <translation>Rescue: show the question</translation>
    </message>
    <message>
        <source>Hiện câu hỏi phụ {n}</source>
        <translation>Show tie-break question {n}</translation>
    </message>
    <message>
        <source>Hiện câu hỏi chuông vàng</source>
        <translation>Show the golden-bell question</translation>
    </message>
    <message>
        <source>chào mừng</source>
        <translation>welcome</translation>
    </message>
    <message>
        <source>câu hỏi</source>
        <translation>question</translation>
    </message>
    <message>
        <source>đáp án</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>thí sinh bị loại</source>
        <translation>eliminated contestants</translation>
    </message>
    <message>
        <source>sàn thi đấu</source>
        <translation>the floor</translation>
    </message>
    <message>
        <source>câu hỏi phụ</source>
        <translation>tie-break</translation>
    </message>
    <message>
        <source>câu hỏi chuông vàng</source>
        <translation>golden-bell question</translation>
    </message>
    <message>
        <source>người thắng</source>
        <translation>winner</translation>
    </message>
    <message>
        <source>bảng xếp hạng</source>
        <translation>ranking</translation>
    </message>
    <message>
        <source>tạm dừng</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>màn đen</source>
        <translation>black screen</translation>
    </message>
    <message>
        <source>trao giải</source>
        <translation>prize ceremony</translation>
    </message>
    <message>
        <source>hình của câu hỏi</source>
        <translation>question picture</translation>
    </message>
    <message>
        <source>đơn vị còn trên sàn</source>
        <translation>units still on the floor</translation>
    </message>
    <message>
        <source>Trao giải: {prize} ({n}/{total})</source>
        <translation>Award: {prize} ({n}/{total})</translation>
    </message>
    <message>
        <source>Trao giải: xếp hạng đơn vị ({n}/{total})</source>
        <translation>Prizes: the units&apos; ranking ({n}/{total})</translation>
    </message>
    <message>
        <source>Xử lý kết quả câu này</source>
        <translation>Apply this question&apos;s results</translation>
    </message>
    <message>
        <source>Không ai bị loại: tiếp tục</source>
        <translation>Nobody is eliminated: go on</translation>
    </message>
    <message>
        <source>Cả sàn sai: không ai bị loại</source>
        <translation>The whole floor is wrong: nobody is eliminated</translation>
    </message>
    <message>
        <source>Cả sàn sai: loại {n} thí sinh</source>
        <translation>The whole floor is wrong: eliminate {n}</translation>
    </message>
    <message>
        <source>Đưa {n} thí sinh trở lại sàn</source>
        <translation>Bring {n} back to the floor</translation>
    </message>
    <message>
        <source>Không ai được cứu: tiếp tục</source>
        <translation>Nobody is rescued: go on</translation>
    </message>
    <message>
        <source>Câu hỏi phụ: dừng {n} thí sinh</source>
        <translation>Tie-break: {n} stop here</translation>
    </message>
    <message>
        <source>Câu hỏi phụ: không ai dừng</source>
        <translation>Tie-break: nobody stops</translation>
    </message>
    <message>
        <source>Rung chuông vàng: {n} thí sinh</source>
        <translation>Golden bell: rung by {n}</translation>
    </message>
    <message>
        <source>Không rung chuông: công bố kết quả</source>
        <translation>No golden bell: announce the result</translation>
    </message>
    <message>
        <source>Cứu trợ: {method}</source>
        <translation>Rescue: {method}</translation>
    </message>
    <message>
        <source>Câu hỏi phụ cho {n} thí sinh đồng hạng {rank}</source>
        <translation>Tie-break for {n} contestants tied at rank {rank}</translation>
    </message>
    <message>
        <source>Kết thúc chương trình ({why})</source>
        <translation>End the show ({why})</translation>
    </message>
    <message>
        <source>Loại {n} thí sinh</source>
        <translation>Eliminate {n}</translation>
    </message>
</context>
<context>
    <name>ShowCommands</name>
    <message>
        <source>Dừng sớm</source>
        <translation>Stop early</translation>
    </message>
    <message>
        <source>Khoá đáp án ngay bây giờ, trước khi hết giờ?</source>
        <translation>Lock the answers now, before the time is up?</translation>
    </message>
    <message>
        <source>Không còn thao tác nào để hoàn tác.</source>
        <translation>Nothing left to undo.</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Hoàn tác bước này?

</source>
        <translation>Undo this step?

</translation>
    </message>
    <message>
        <source>Kết thúc chương trình bây giờ?

Còn {standing} thí sinh trên sàn. Bảng xếp hạng và giải thưởng được chốt theo kết quả hiện tại; sau đó không thể hỏi thêm câu nào.</source>
        <translation>End the show now?

{standing} contestants are still on the floor. The ranking and the prizes are settled on the results as they stand; no question can be asked after that.</translation>
    </message>
    <message>
        <source>Vòng câu hỏi phụ đang dở sẽ dừng, chưa phân định.</source>
        <translation>The tie-break under way stops, undecided.</translation>
    </message>
    <message>
        <source>Kết thúc chương trình</source>
        <translation>End the show</translation>
    </message>
    <message>
        <source>Đã kết thúc chương trình.</source>
        <translation>The show has ended.</translation>
    </message>
    <message>
        <source>đồng hạng ở ranh giới giải thưởng</source>
        <translation>tied at a prize boundary</translation>
    </message>
</context>
<context>
    <name>Standings</name>
    <message>
        <source>Điểm theo thứ hạng cá nhân của {k} thí sinh có hạng cao nhất</source>
        <translation>Points by individual place of the {k} best-placed contestants</translation>
    </message>
    <message>
        <source>Tổng thứ hạng cá nhân của {k} thí sinh có hạng cao nhất (càng nhỏ càng tốt)</source>
        <translation>Sum of the individual places of the {k} best-placed contestants (the smaller the better)</translation>
    </message>
    <message>
        <source>Tỉ lệ thí sinh còn trên sàn sau mỗi câu hỏi chính, bình quân</source>
        <translation>Share of contestants still on the floor after each main question, on average</translation>
    </message>
    <message>
        <source>Câu hỏi chính đạt được, bình quân các thí sinh của đơn vị</source>
        <translation>Main question reached, averaged over the unit&apos;s contestants</translation>
    </message>
    <message>
        <source>mỗi thí sinh được (số thí sinh + 1 − hạng) điểm: hạng 1 được {top} điểm, hạng cuối 1 điểm; đơn vị có ít hơn {k} thí sinh chỉ được tính điểm của số thí sinh đơn vị có</source>
        <translation>each contestant earns (number of contestants + 1 − place) points: 1st place earns {top} points, the last 1 point; a unit with fewer than {k} contestants scores only the points of those it has</translation>
    </message>
    <message>
        <source>điểm theo hạng: {table}; các hạng sau 0 điểm; đơn vị có ít hơn {k} thí sinh chỉ được tính điểm của số thí sinh đơn vị có</source>
        <translation>points by place: {table}; later places 0 points; a unit with fewer than {k} contestants scores only the points of those it has</translation>
    </message>
    <message>
        <source>đơn vị có ít hơn {k} thí sinh: mỗi người thiếu tính hạng {missing} (sau mọi thí sinh)</source>
        <translation>a unit with fewer than {k} contestants: each missing one counts as place {missing} (below everybody)</translation>
    </message>
    <message>
        <source>tổng số thí sinh còn trên sàn sau từng câu chia cho số thí sinh của đơn vị và số câu ({questions}): đơn vị lớn hay nhỏ đều so được; thời gian bị loại trước khi được cứu trợ không tính</source>
        <translation>the contestants still on the floor after each question, summed and divided by the unit&apos;s number of contestants and the number of questions ({questions}): large and small units compare alike; time spent eliminated before a rescue does not count</translation>
    </message>
    <message>
        <source>mỗi thí sinh: câu bị loại cuối cùng, hoặc câu chính cuối cùng nếu còn trên sàn; chia cho số thí sinh của đơn vị</source>
        <translation>each contestant: the question at which they finally fell, or the last main question if still on the floor; divided by the unit&apos;s number of contestants</translation>
    </message>
    <message>
        <source>bằng nhau thì so thứ hạng cá nhân của các thành viên, từ người cao nhất; vẫn bằng nhau thì đồng hạng, ban tổ chức quyết định</source>
        <translation>when equal, the members&apos; individual places are compared, best first; still equal, the units share the rank and the organisers decide</translation>
    </message>
    <message>
        <source>Nhóm: bình quân kết quả các đơn vị của nhóm, bằng nhau thì nhóm có đơn vị xếp cao nhất đứng trên</source>
        <translation>Groups: the mean result of the group&apos;s units; when equal, the group whose best unit ranks higher comes first</translation>
    </message>
    <message>
        <source>tổng điểm cao hơn</source>
        <translation>more points</translation>
    </message>
    <message>
        <source>tổng thứ hạng nhỏ hơn</source>
        <translation>smaller sum of places</translation>
    </message>
    <message>
        <source>tỉ lệ trụ lại cao hơn</source>
        <translation>larger share still on the floor</translation>
    </message>
    <message>
        <source>câu đạt được bình quân cao hơn</source>
        <translation>later question reached on average</translation>
    </message>
    <message>
        <source>thứ hạng cá nhân của các thành viên cao hơn</source>
        <translation>better individual places of its members</translation>
    </message>
    <message>
        <source>kết quả bình quân của các đơn vị tốt hơn</source>
        <translation>better mean result of its units</translation>
    </message>
    <message>
        <source>đơn vị dẫn đầu của nhóm xếp cao hơn</source>
        <translation>its best unit ranks higher</translation>
    </message>
    <message>
        <source>bằng nhau ở mọi tiêu chí: ban tổ chức quyết định</source>
        <translation>equal on every criterion: the organisers decide</translation>
    </message>
    <message>
        <source>Cách tính: {method}.</source>
        <translation>Method: {method}.</translation>
    </message>
    <message>
        <source>Đơn vị khác nhau về số thí sinh: {how}.</source>
        <translation>Units of different sizes: {how}.</translation>
    </message>
    <message>
        <source>Thứ tự: {how}.</source>
        <translation>Order: {how}.</translation>
    </message>
    <message>
        <source>Hạng {rank} xếp trên vì {why}</source>
        <translation>Rank {rank} is ahead: {why}</translation>
    </message>
    <message>
        <source>Đồng hạng với {names}: {why}</source>
        <translation>Tied with {names}: {why}</translation>
    </message>
    <message>
        <source>CHƯA PHÂN ĐỊNH giải ({prizes})</source>
        <translation>prize UNDECIDED ({prizes})</translation>
    </message>
    <message>
        <source>Chưa phân định: {prizes}</source>
        <translation>Undecided: {prizes}</translation>
    </message>
    <message>
        <source>{n} thí sinh không có đơn vị, không tính cho đơn vị nào: {sbds}</source>
        <translation>{n} contestants have no unit and count for none: {sbds}</translation>
    </message>
    <message>
        <source>Đơn vị không thuộc nhóm nào: {units}</source>
        <translation>Units in no group: {units}</translation>
    </message>
    <message>
        <source>Đơn vị {unit} được ghi theo nhiều cách, tính là một: {spellings}</source>
        <translation>The unit {unit} is written in several ways, counted as one: {spellings}</translation>
    </message>
    <message>
        <source>Thí sinh của đơn vị {unit} ghi nhiều nhóm ({groups}); đơn vị tính vào {group}</source>
        <translation>The contestants of {unit} name several groups ({groups}); the unit counts in {group}</translation>
    </message>
    <message>
        <source>Danh sách thí sinh không ghi đơn vị.</source>
        <translation>The roster names no units.</translation>
    </message>
    <message>
        <source>Các đơn vị không ghi nhóm.</source>
        <translation>The units name no groups.</translation>
    </message>
    <message>
        <source>{whole},{fraction}</source>
        <translation>{whole}.{fraction}</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>XẾP HẠNG ĐƠN VỊ — {method}</source>
        <translation>UNIT RANKING — {method}</translation>
    </message>
    <message>
        <source>XẾP HẠNG NHÓM</source>
        <translation>GROUP RANKING</translation>
    </message>
    <message>
        <source>GIẢI TẬP THỂ</source>
        <translation>TEAM PRIZES</translation>
    </message>
    <message>
        <source>GIẢI CỦA NHÓM</source>
        <translation>GROUP PRIZES</translation>
    </message>
    <message>
        <source>không có giải</source>
        <translation>no prizes</translation>
    </message>
    <message>
        <source>CHƯA PHÂN ĐỊNH ({prizes}): {names} đồng hạng {rank} — {why}</source>
        <translation>UNDECIDED ({prizes}): {names} tied at rank {rank} — {why}</translation>
    </message>
    <message>
        <source>Số TS</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Còn</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Xếp trên vì</source>
        <translation>Decided by</translation>
    </message>
</context>
<context>
    <name>StandingsColumn</name>
    <message>
        <source>Tổng điểm</source>
        <translation>Total points</translation>
    </message>
    <message>
        <source>Tổng thứ hạng</source>
        <translation>Sum of places</translation>
    </message>
    <message>
        <source>Tỉ lệ trụ lại</source>
        <translation>Share on the floor</translation>
    </message>
    <message>
        <source>Câu đạt được bình quân</source>
        <translation>Mean question reached</translation>
    </message>
    <message>
        <source>Điểm</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Hạng được tính</source>
        <translation>Place counted</translation>
    </message>
    <message>
        <source>Số câu trụ lại</source>
        <translation>Questions survived</translation>
    </message>
    <message>
        <source>Câu đạt được</source>
        <translation>Question reached</translation>
    </message>
    <message>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Số thí sinh</source>
        <translation>Contestants</translation>
    </message>
    <message>
        <source>Còn trên sàn</source>
        <translation>On the floor</translation>
    </message>
    <message>
        <source>SBD</source>
        <translation>Candidate no.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Hạng cá nhân</source>
        <translation>Individual place</translation>
    </message>
    <message>
        <source>Được tính</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Giải thưởng</source>
        <translation>Prize</translation>
    </message>
    <message>
        <source>Cách phân định thứ hạng</source>
        <translation>How the place was decided</translation>
    </message>
    <message>
        <source>Số đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Hạng đơn vị</source>
        <translation>Unit rank</translation>
    </message>
    <message>
        <source>Kết quả đơn vị</source>
        <translation>Unit result</translation>
    </message>
    <message>
        <source>Kết quả bình quân</source>
        <translation>Mean result</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Không tìm thấy tệp sự kiện {path}. Hãy kiểm tra tên tệp và ổ chứa nó.</source>
        <translation>The event file {path} was not found. Check the file name and its drive.</translation>
    </message>
    <message>
        <source>Không đọc được tệp {path} ({detail}). Hãy kiểm tra ổ chứa tệp và quyền đọc.</source>
        <translation>Cannot read the file {path} ({detail}). Check its drive and read permission.</translation>
    </message>
    <message>
        <source>Không đọc được tệp {path} ({detail}): ổ chứa tệp đã đầy, bị rút ra hoặc có lỗi. Tệp chưa được kiểm tra. Hãy kiểm tra ổ (giải phóng chỗ trống, cắm lại) hoặc chép tệp sang ổ khác rồi thử lại.</source>
        <translation>Cannot read the file {path} ({detail}): its drive is full, was removed or has an error. The file was not checked. Check the drive (free some space, plug it back) or copy the file to another disk, then try again.</translation>
    </message>
    <message>
        <source>Tệp {name} bị hỏng hoặc không phải tệp sự kiện rcv ({reason}). Hãy dùng bản sao lưu gần nhất.</source>
        <translation>{name} is damaged or not an rcv event file ({reason}). Use the latest backup.</translation>
    </message>
    <message>
        <source>Tệp {name} được tạo bởi phiên bản rcv mới hơn (lược đồ {version}); phiên bản này chỉ đọc tới lược đồ {supported}. Hãy cập nhật rcv.</source>
        <translation>{name} was written by a newer rcv (schema {version}); this version reads up to schema {supported}. Update rcv.</translation>
    </message>
    <message>
        <source>Không nâng cấp được {name} từ lược đồ {version}: {detail}. Tệp không bị đổi.</source>
        <translation>Could not upgrade {name} from schema {version}: {detail}. The file is unchanged.</translation>
    </message>
    <message>
        <source>Dữ liệu thiết lập trong {name} không hợp lệ: {detail}</source>
        <translation>The setup stored in {name} is not valid: {detail}</translation>
    </message>
    <message>
        <source>Danh sách thí sinh, câu hỏi hoặc thể lệ trong {name} đã bị sửa ngoài rcv.</source>
        <translation>The roster, questions or rules in {name} were changed outside rcv.</translation>
    </message>
    <message>
        <source>Thiết lập trong {name} đã bị sửa ngoài rcv: {parts} không còn như khi tệp được ghi.</source>
        <translation>The setup in {name} was changed outside rcv: {parts} no longer match what was written.</translation>
    </message>
    <message>
        <source>Thiết lập trong {name} (thông tin sự kiện, thí sinh, câu hỏi hoặc thể lệ) và mã băm ghi lại của nó đã bị sửa ngoài rcv.</source>
        <translation>The setup in {name} (event details, roster, questions or rules) and its recorded hashes were changed outside rcv.</translation>
    </message>
    <message>
        <source>Hình ảnh {picture} trong {name} đã bị sửa ngoài rcv.</source>
        <translation>The picture {picture} in {name} was changed outside rcv.</translation>
    </message>
    <message>
        <source>Hình ảnh {picture} trong {name} bị thiếu trong tệp.</source>
        <translation>The picture {picture} is missing from {name}.</translation>
    </message>
    <message>
        <source>Hình ảnh {picture} trong {name} được thêm vào tệp ngoài rcv (không câu hỏi nào dùng).</source>
        <translation>The picture {picture} was added to {name} outside rcv (no question uses it).</translation>
    </message>
    <message>
        <source>Nhật ký trong {name} đã bị sửa hoặc hỏng tại mục {seq} (thiếu mục số {seq}).</source>
        <translation>The log in {name} was altered or damaged at entry {seq} (entry {seq} is missing).</translation>
    </message>
    <message>
        <source>Nhật ký trong {name} đã bị sửa hoặc hỏng tại mục {seq} (mã băm không khớp).</source>
        <translation>The log in {name} was altered or damaged at entry {seq} (the hash does not match).</translation>
    </message>
    <message>
        <source>Nhật ký trong {name} đã bị sửa hoặc hỏng tại mục {seq} ({detail}).</source>
        <translation>The log in {name} was altered or damaged at entry {seq} ({detail}).</translation>
    </message>
    <message>
        <source>Tệp sự kiện {name} đang được mở để ghi bởi {program} trên máy {host} (PID {pid}) từ {since}. Mỗi tệp chỉ một chương trình được ghi. Hãy đóng chương trình đó rồi thử lại, hoặc chỉ xem tệp (rcv status / log / verify mở tệp ở chế độ chỉ đọc).</source>
        <translation>The event file {name} is open for writing by {program} on computer {host} (PID {pid}) since {since}. Only one program may write a file. Close that program and try again, or only look at the file (rcv status / log / verify open it read-only).</translation>
    </message>
    <message>
        <source>Tệp sự kiện {name} đang được mở để ghi bởi một chương trình rcv khác (không đọc được thông tin trong tệp khoá). Mỗi tệp chỉ một chương trình được ghi. Hãy đóng chương trình đó rồi thử lại, hoặc chỉ xem tệp (rcv status / log / verify mở tệp ở chế độ chỉ đọc).</source>
        <translation>The event file {name} is open for writing by another rcv program (its lock file could not be read). Only one program may write a file. Close that program and try again, or only look at the file (rcv status / log / verify open it read-only).</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục chứa {name} ({detail}): ổ hoặc thư mục chỉ cho phép đọc, nên không chạy tiếp chương trình trên tệp này được. Hãy chép tệp sự kiện sang một ổ ghi được (ổ cứng của máy) rồi mở bản chép đó. Để chỉ xem hoặc kiểm tra tệp, dùng rcv status / log / verify.</source>
        <translation>Cannot write in the folder of {name} ({detail}): the drive or folder is read-only, so the show cannot go on in this file. Copy the event file to a writable disk (the computer&apos;s own disk) and open the copy. To only look at or check the file, use rcv status / log / verify.</translation>
    </message>
    <message>
        <source>Không đọc được {name} ở đây: tệp nhật ký tạm {journal} bên cạnh còn giữ các bước đã ghi nhưng chưa gộp vào tệp chính, và ổ này chỉ cho phép đọc (hoặc đã đầy) nên không đọc được chúng. Hãy chép cả {name} và {journal} (cùng lúc, vào cùng một thư mục) sang một ổ ghi được rồi mở bản chép đó. Tệp chưa được kiểm tra: không kết luận được tệp hợp lệ hay không.</source>
        <translation>Cannot read {name} here: the journal {journal} beside it holds steps that were written but not yet merged into the main file, and this drive is read-only (or full) so they cannot be read. Copy both {name} and {journal} (together, into the same folder) to a writable disk and open that copy. The file was not checked: no verdict on whether it is valid.</translation>
    </message>
    <message>
        <source>Không có thư mục {folder} (ổ đã bị rút ra, hoặc gõ sai đường dẫn). Hãy cắm lại ổ hoặc chọn thư mục có thật.</source>
        <translation>The folder {folder} does not exist (the drive was removed, or the path is mistyped). Plug the drive back in or choose an existing folder.</translation>
    </message>
    <message>
        <source>Không tạo được tệp khoá {lock_file} ({detail}). Hãy kiểm tra ổ chứa tệp sự kiện.</source>
        <translation>Could not create the lock file {lock_file} ({detail}). Check the event file&apos;s drive.</translation>
    </message>
    <message>
        <source>Tệp {path} đã tồn tại: hãy mở nó hoặc chọn tên khác.</source>
        <translation>The file {path} already exists: open it or choose another name.</translation>
    </message>
    <message>
        <source>Tệp sự kiện đã bị một chương trình khác ghi vào. Hãy đóng và mở lại sự kiện.</source>
        <translation>The event file was written by another program: close the event and open it again.</translation>
    </message>
    <message>
        <source>Tệp {name} đang được mở ở chế độ chỉ đọc: không ghi được.</source>
        <translation>{name} is open read-only: it cannot be written.</translation>
    </message>
    <message>
        <source>Tệp {name} đã đóng.</source>
        <translation>{name} is closed.</translation>
    </message>
    <message>
        <source>Tệp {name} không còn kết thúc ở bước chương trình ghi sau cùng (có {entries} mục nhật ký, chương trình có {expected}): có thể ổ đã được thay hoặc tệp bị chép đè. Không ghi gì thêm vào tệp này. Hãy đóng sự kiện và mở lại tệp đúng.</source>
        <translation>{name} no longer ends with the last step the show wrote ({entries} log entries, the show has {expected}): the drive may have been swapped or the file copied over. Nothing more is written to it. Close the event and open the right file again.</translation>
    </message>
    <message>
        <source>Câu hỏi {question} dùng hình {picture}, nhưng hình đó không có trong tệp {name} cũng không được đưa kèm. Hãy nhập lại câu hỏi cùng hình ảnh.</source>
        <translation>Question {question} uses the picture {picture}, which is neither in {name} nor given with it. Import the question again with its picture.</translation>
    </message>
    <message>
        <source>Không tạo được thư mục {folder} ({detail}).</source>
        <translation>Could not create the folder {folder} ({detail}).</translation>
    </message>
    <message>
        <source>Không có thư mục {folder} để chép bản sao lưu vào. Hãy cắm ổ hoặc tạo thư mục đó rồi thử lại.</source>
        <translation>There is no folder {folder} to put the backup in. Plug the drive in or create the folder, then try again.</translation>
    </message>
    <message>
        <source>Bản sao lưu phải là một tệp khác {original}: hãy chọn thư mục hoặc tên khác.</source>
        <translation>The backup must be another file than {original}: choose another folder or name.</translation>
    </message>
    <message>
        <source>{path} đã có và không phải tệp sự kiện rcv: không ghi đè lên nó. Hãy chọn tên hoặc thư mục khác.</source>
        <translation>{path} exists and is not an rcv event file: it is not overwritten. Choose another name or folder.</translation>
    </message>
    <message>
        <source>Không sao lưu được {name}: {detail}. Bản sao lưu cũ (nếu có) vẫn còn nguyên; tệp sự kiện không bị ảnh hưởng.</source>
        <translation>Could not back up {name}: {detail}. Any older backup is untouched; the event file is not affected.</translation>
    </message>
    <message>
        <source>Bản sao lưu vừa chép không đọc lại được ({cause}). Bản sao lưu cũ (nếu có) vẫn còn nguyên; tệp sự kiện không bị ảnh hưởng. Hãy thử lại, hoặc chép sang ổ khác.</source>
        <translation>The backup just written does not read back ({cause}). Any older backup is untouched; the event file is not affected. Try again, or copy to another drive.</translation>
    </message>
    <message>
        <source>Bản sao lưu vừa chép có {copied} mục nhật ký, tệp gốc có {entries}: không khớp. Bản sao lưu cũ (nếu có) vẫn còn nguyên; tệp sự kiện không bị ảnh hưởng. Hãy thử lại.</source>
        <translation>The backup just written holds {copied} log entries, the source {entries}: they differ. Any older backup is untouched; the event file is not affected. Try again.</translation>
    </message>
    <message>
        <source>không phải cơ sở dữ liệu SQLite</source>
        <translation>not an SQLite database</translation>
    </message>
    <message>
        <source>thiếu bảng dữ liệu</source>
        <translation>tables are missing</translation>
    </message>
    <message>
        <source>không có dấu hiệu tệp rcv</source>
        <translation>no rcv file marker</translation>
    </message>
    <message>
        <source>kiểm tra toàn vẹn: {detail}</source>
        <translation>integrity check: {detail}</translation>
    </message>
    <message>
        <source>công thức chuỗi băm không rõ: {detail}</source>
        <translation>unknown hash-chain recipe: {detail}</translation>
    </message>
    <message>
        <source>không có cách nâng cấp từ lược đồ {detail}</source>
        <translation>no way to upgrade from schema {detail}</translation>
    </message>
    <message>
        <source>tên sự kiện</source>
        <translation>the event&apos;s name</translation>
    </message>
    <message>
        <source>ngày tổ chức</source>
        <translation>the event&apos;s date</translation>
    </message>
    <message>
        <source>địa điểm</source>
        <translation>the venue</translation>
    </message>
    <message>
        <source>đơn vị tổ chức</source>
        <translation>the organiser</translation>
    </message>
    <message>
        <source>danh sách thí sinh</source>
        <translation>the roster</translation>
    </message>
    <message>
        <source>bộ câu hỏi</source>
        <translation>the questions</translation>
    </message>
    <message>
        <source>thể lệ</source>
        <translation>the rules</translation>
    </message>
    <message>
        <source>hình ảnh</source>
        <translation>the pictures</translation>
    </message>
    <message>
        <source>Chương trình đã bắt đầu: không thể thay danh sách thí sinh, câu hỏi hay thể lệ nữa (chúng là phần đầu của chuỗi băm).</source>
        <translation>The show has started: the roster, questions or rules can no longer be changed (they are the start of the hash chain).</translation>
    </message>
    <message>
        <source>Chương trình đã bắt đầu: không thể thay tên, ngày, địa điểm hay đơn vị tổ chức của sự kiện nữa (chúng là phần đầu của chuỗi băm).</source>
        <translation>The show has started: the event&apos;s name, date, venue or organiser can no longer be changed (they are the start of the hash chain).</translation>
    </message>
    <message>
        <source>Không ghi được bước vừa rồi của chương trình vào {path}</source>
        <translation>Could not write the show&apos;s last step to {path}</translation>
    </message>
    <message>
        <source>Không ghi được thí sinh, câu hỏi và thể lệ vào {path}</source>
        <translation>Could not write the roster, questions and rules to {path}</translation>
    </message>
    <message>
        <source>Không ghi được thông tin sự kiện vào {path}</source>
        <translation>Could not write the event&apos;s details to {path}</translation>
    </message>
    <message>
        <source>Không ghi được tệp sự kiện mới vào {path}</source>
        <translation>Could not write the new event file to {path}</translation>
    </message>
    <message>
        <source>Không ghi được bản sao lưu vào {path}</source>
        <translation>Could not write the backup to {path}</translation>
    </message>
    <message>
        <source>Không gộp được nhật ký tạm vào tệp chính {path}</source>
        <translation>Could not merge the journal into the main file {path}</translation>
    </message>
    <message>
        <source>Không ghi được cấu hình bộ thu và bảng ghép bàn phím vào {path}</source>
        <translation>Could not write the receivers&apos; settings and the keypad pairing table to {path}</translation>
    </message>
    <message>
        <source>Không mở được {path} để ghi</source>
        <translation>Could not open {path} for writing</translation>
    </message>
    <message>
        <source>ổ đĩa chứa tệp đã đầy</source>
        <translation>the disk holding the file is full</translation>
    </message>
    <message>
        <source>ổ chứa tệp đã bị rút ra hoặc không còn truy cập được</source>
        <translation>the drive holding the file was removed or can no longer be reached</translation>
    </message>
    <message>
        <source>ổ hoặc tệp chỉ cho phép đọc (ổ bị khoá ghi, hoặc không có quyền ghi)</source>
        <translation>the drive or the file is read-only (a write-protected drive, or no permission)</translation>
    </message>
    <message>
        <source>hệ thống báo lỗi</source>
        <translation>the system reported an error</translation>
    </message>
    <message>
        <source>Chưa có gì của lần ghi này vào tệp, và chương trình vẫn như trước đó.</source>
        <translation>Nothing of this write is in the file, and the show is as it was before.</translation>
    </message>
    <message>
        <source>Tệp không bị thay đổi.</source>
        <translation>The file was not changed.</translation>
    </message>
    <message>
        <source>Bản sao lưu cũ (nếu có) vẫn còn nguyên; tệp sự kiện không bị ảnh hưởng.</source>
        <translation>Any older backup is untouched; the event file is not affected.</translation>
    </message>
    <message>
        <source>Các bước đã ghi vẫn an toàn trong nhật ký tạm (-wal) và sẽ được gộp lần sau.</source>
        <translation>The steps written are safe in the journal (-wal) and will be merged next time.</translation>
    </message>
    <message>
        <source>Hãy giải phóng chỗ trống trên ổ này (xoá hoặc chuyển bớt tệp khác) rồi thử lại.</source>
        <translation>Free some space on that disk (delete or move other files), then try again.</translation>
    </message>
    <message>
        <source>Hãy cắm lại ổ (USB) hoặc kết nối lại ổ mạng, đúng chỗ cũ, rồi thử lại.</source>
        <translation>Put the drive (USB stick) back or reconnect the network drive, at the same place, then try again.</translation>
    </message>
    <message>
        <source>Hãy mở khoá ghi của ổ, hoặc chép tệp sự kiện sang một ổ ghi được rồi mở tệp đó.</source>
        <translation>Unlock the drive for writing, or copy the event file to a writable disk and open that copy.</translation>
    </message>
    <message>
        <source>Hãy thử lại; nếu vẫn lỗi, chép tệp sự kiện sang ổ khác rồi mở tệp đó.</source>
        <translation>Try again; if it still fails, copy the event file to another disk and open that copy.</translation>
    </message>
    <message>
        <source>{lead}: {cause} ({detail}). {consequence} {todo}</source>
        <translation>{lead}: {cause} ({detail}). {consequence} {todo}</translation>
    </message>
    <message>
        <source>%H:%M:%S ngày %d/%m/%Y</source>
        <translation>%H:%M:%S on %Y-%m-%d</translation>
    </message>
    <message>
        <source>Các bước đã ghi trước đó vẫn an toàn trong tệp. Khắc phục xong, hãy chạy lại đúng lệnh này để chạy tiếp chương trình.</source>
        <translation>The steps written before are safe in the file. Once this is fixed, run the same command again to carry on with the show.</translation>
    </message>
    <message>
        <source>CHÚ Ý: {program} (PID {pid}, máy {host}) đã dừng đột ngột khi đang ghi tệp này; tiếp tục từ những gì nó đã ghi.</source>
        <translation>NOTE: {program} (PID {pid}, computer {host}) stopped abruptly while writing this file; carrying on from what it had written.</translation>
    </message>
    <message>
        <source>KHÔNG HỢP LỆ: {why}</source>
        <translation>INVALID: {why}</translation>
    </message>
    <message>
        <source>KHÔNG KIỂM TRA ĐƯỢC: {why}</source>
        <translation>CANNOT CHECK: {why}</translation>
    </message>
    <message>
        <source>HỢP LỆ: {count} mục nhật ký, chuỗi băm khớp.</source>
        <translation>VALID: {count} log entries, the hash chain matches.</translation>
    </message>
    <message>
        <source>Dấu vân tay kết quả: {fingerprint}</source>
        <translation>Results fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Mã băm đầy đủ: {head}</source>
        <translation>Full hash: {head}</translation>
    </message>
    <message>
        <source>Chuỗi băm bảo vệ: tên, ngày, địa điểm, đơn vị tổ chức của sự kiện, thí sinh, câu hỏi, hình ảnh, thể lệ và nhật ký.</source>
        <translation>The hash chain covers: the event&apos;s name, date, venue and organiser, the roster, the questions, the pictures, the rules and the log.</translation>
    </message>
    <message>
        <source>CHÚ Ý: tệp này được ghi bởi phiên bản rcv cũ: tên, ngày, địa điểm và đơn vị tổ chức của sự kiện KHÔNG được chuỗi băm bảo vệ (có thể đã bị sửa mà không bị phát hiện). Thí sinh, câu hỏi, hình ảnh, thể lệ và nhật ký được bảo vệ.</source>
        <translation>NOTE: this file was written by an older rcv: the event&apos;s name, date, venue and organiser are NOT covered by the hash chain (they may have been edited undetected). The roster, questions, pictures, rules and log are covered.</translation>
    </message>
    <message>
        <source>Đã sao lưu {original} → {path} ({size} KB, {seconds} s).</source>
        <translation>Backed up {original} → {path} ({size} KB, {seconds} s).</translation>
    </message>
    <message>
        <source>Bản sao có {entries} mục nhật ký.</source>
        <translation>The copy holds {entries} log entries.</translation>
    </message>
    <message>
        <source>Kiểm tra bản sao: HỢP LỆ — mở lại được, chuỗi băm khớp, cùng số mục và cùng mã băm với tệp gốc lúc sao lưu.</source>
        <translation>Check of the copy: VALID — it opens, its hash chain matches, same number of entries and same hash as the source when copied.</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Thử lại</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>KHÔNG GHI ĐƯỢC VÀO TỆP SỰ KIỆN — chương trình đang chờ: bước vừa rồi chưa được thực hiện, {n} lần bấm phím đang được giữ trong bộ nhớ, không mất gì.</source>
        <translation>CANNOT WRITE TO THE EVENT FILE — the show is on hold: the last step was not carried out, {n} keypad presses are held in memory, nothing is lost.</translation>
    </message>
    <message>
        <source>Hãy khắc phục (giải phóng dung lượng ổ đĩa, cắm lại ổ USB, bỏ chế độ chỉ đọc) rồi bấm Thử lại; rcv cũng tự thử lại mỗi giây.</source>
        <translation>Fix the cause (free disk space, plug the USB stick back in, remove write protection), then press Try again; rcv also retries every second.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Bước: {phase}{paused} · {round}</source>
        <translation>Step: {phase}{paused} · {round}</translation>
    </message>
    <message>
        <source> (tạm dừng)</source>
        <translation> (paused)</translation>
    </message>
    <message>
        <source>Câu hỏi chính đã hỏi: {n}</source>
        <translation>Main questions asked: {n}</translation>
    </message>
    <message>
        <source>Còn trên sàn: {standing}/{total} · đã loại: {out} · cứu trợ đã dùng: {used}/{most}</source>
        <translation>Standing: {standing}/{total} · eliminated: {out} · rescues used: {used}/{most}</translation>
    </message>
    <message>
        <source>Câu đang diễn ra: {qid} — {text}</source>
        <translation>Question on stage: {qid} — {text}</translation>
    </message>
    <message>
        <source>  đã trả lời: {n}/{of}</source>
        <translation>  answered: {n}/{of}</translation>
    </message>
    <message>
        <source>Câu hỏi phụ: còn {left} thí sinh, cần {places} vị trí</source>
        <translation>Tie-break: {left} contestants left, {places} places to decide</translation>
    </message>
    <message>
        <source>Kết thúc: {why}</source>
        <translation>Finished: {why}</translation>
    </message>
    <message>
        <source>RUNG CHUÔNG VÀNG</source>
        <translation>RANG THE GOLDEN BELL</translation>
    </message>
    <message>
        <source>đồng hạng nhất (thể lệ)</source>
        <translation>joint first (rules)</translation>
    </message>
    <message>
        <source>còn trên sàn</source>
        <translation>still standing</translation>
    </message>
    <message>
        <source>loại ở câu {n}</source>
        <translation>out at question {n}</translation>
    </message>
    <message>
        <source> (đã được cứu)</source>
        <translation> (rescued)</translation>
    </message>
    <message>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Ghế</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>SBD</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đúng</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>T.gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>ghế {seat} {name}</source>
        <translation>seat {seat} {name}</translation>
    </message>
    <message>
        <source>CHƯA PHÂN ĐỊNH ({prizes}): ghế {seats} đồng hạng {rank} — {why}</source>
        <translation>UNDECIDED ({prizes}): seats {seats} tied at rank {rank} — {why}</translation>
    </message>
</context>
<context>
    <name>TieBreakDialog</name>
    <message>
        <source>Câu hỏi phụ</source>
        <translation>Tiebreak question</translation>
    </message>
    <message>
        <source>Chọn các thí sinh dự câu hỏi phụ và số vị trí cần phân định. Vòng câu hỏi phụ kết thúc khi còn không quá số vị trí đó.</source>
        <translation>Choose the contestants for the tiebreak question and the number of places to decide. The tiebreak round ends when no more than that many remain.</translation>
    </message>
    <message>
        <source>Lọc theo ghế hoặc tên</source>
        <translation>Filter by seat or name</translation>
    </message>
    <message>
        <source>còn trên sàn</source>
        <translation>on the floor</translation>
    </message>
    <message>
        <source>loại ở câu </source>
        <translation>out at question </translation>
    </message>
    <message>
        <source>hạng {rank}</source>
        <translation>rank {rank}</translation>
    </message>
    <message>
        <source>Lý do, ví dụ: đồng hạng giải Nhì</source>
        <translation>Reason, for example: tie for second prize</translation>
    </message>
    <message>
        <source>Mở câu hỏi phụ</source>
        <translation>Open tiebreak question</translation>
    </message>
    <message>
        <source>Số vị trí cần phân định</source>
        <translation>Places to decide</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>{n} thí sinh, phân định {p} vị trí</source>
        <translation>{n} contestants, deciding {p} places</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>đã hoàn tác</source>
        <translation>undone</translation>
    </message>
</context>
<context>
    <name>UnitsPanel</name>
    <message>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Đơn vị / cụm</source>
        <translation>Unit / group</translation>
    </message>
    <message>
        <source>Còn/tổng</source>
        <translation>Left/all</translation>
    </message>
    <message>
        <source>Mọi ghế ({units} đơn vị)</source>
        <translation>Every seat ({units} units)</translation>
    </message>
    <message>
        <source>(không có đơn vị)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>{name}: {standing}/{size} thí sinh còn trên sàn. Nhấp để đánh dấu ghế của đơn vị trên lưới.</source>
        <translation>{name}: {standing} of {size} contestants still on the floor. Click to mark the unit&apos;s seats on the grid.</translation>
    </message>
    <message>
        <source>{name} ({units} đơn vị): {standing}/{size} thí sinh còn trên sàn. Nhấp để đánh dấu ghế của cả cụm trên lưới.</source>
        <translation>{name} ({units} units): {standing} of {size} contestants still on the floor. Click to mark the whole group&apos;s seats on the grid.</translation>
    </message>
    <message>
        <source>Nhấp một đơn vị hoặc một cụm: ghế của họ sáng lên trên lưới, ghế khác mờ đi.</source>
        <translation>Click a unit or a group: its seats light up on the grid, the others are dimmed.</translation>
    </message>
    <message>
        <source>Đang đánh dấu: {name} — {standing}/{size} còn trên sàn</source>
        <translation>Marked: {name} — {standing} of {size} still on the floor</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>KHÔNG KIỂM TRA ĐƯỢC: {why}</source>
        <translation>CANNOT CHECK: {why}</translation>
    </message>
    <message>
        <source>BẢNG TÍNH KHỚP: {name} ({language}) — {note}.</source>
        <translation>THE WORKBOOK MATCHES: {name} ({language}) — {note}.</translation>
    </message>
    <message>
        <source>BẢNG TÍNH KHÔNG KHỚP: {name} ({language}) — {note}.</source>
        <translation>THE WORKBOOK DOES NOT MATCH: {name} ({language}) — {note}.</translation>
    </message>
    <message>
        <source>so với tệp sự kiện ({entries} mục nhật ký)</source>
        <translation>compared with the event file ({entries} log entries)</translation>
    </message>
    <message>
        <source>bảng tính được xuất khi nhật ký mới có {then} mục (nay có {entries}): so với tệp sự kiện tại thời điểm đó</source>
        <translation>the workbook was exported when the log had {then} entries (it now has {entries}): compared with the event file as it stood then</translation>
    </message>
    <message>
        <source>so với tệp sự kiện hiện tại ({entries} mục nhật ký)</source>
        <translation>compared with the event file as it is now ({entries} log entries)</translation>
    </message>
    <message>
        <source>Dấu vân tay ghi trong bảng tính ({claimed}, {claimed_entries} mục) không phải của tệp sự kiện này ({actual}): bảng tính được xuất từ một tệp sự kiện khác, hoặc đã bị sửa.</source>
        <translation>The fingerprint written in the workbook ({claimed}, {claimed_entries} entries) is not this event file&apos;s ({actual}): the workbook was exported from another event file, or it was changed.</translation>
    </message>
    <message>
        <source>{n} ô khác với kết quả tính lại từ tệp sự kiện:</source>
        <translation>Cells that differ from the results recomputed from the event file: {n}</translation>
    </message>
    <message>
        <source>  {where}: mong đợi {expected}, tìm thấy {found}</source>
        <translation>  {where}: expected {expected}, found {found}</translation>
    </message>
    <message>
        <source>  {where}: không có trang này trong bảng tính</source>
        <translation>  {where}: the workbook has no such sheet</translation>
    </message>
    <message>
        <source>  … và {n} ô khác.</source>
        <translation>  … and {n} more.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Rung chuông vàng — bảng điều khiển của MC</source>
        <translation>Ring the Golden Bell — the MC&apos;s console</translation>
    </message>
    <message>
        <source>Tạo sự kiện mới hoặc mở tệp sự kiện. Một chương trình bị gián đoạn sẽ tiếp tục đúng chỗ cũ khi mở lại tệp của nó.</source>
        <translation>Create a new event or open an event file. An interrupted show continues exactly where it stopped when its file is opened again.</translation>
    </message>
    <message>
        <source>Sự kiện mới… (Ctrl+N)</source>
        <translation>New event… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Mở sự kiện… (Ctrl+O)</source>
        <translation>Open event… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Sự kiện gần đây (nhấp đúp để mở):</source>
        <translation>Recent events (double-click to open):</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source> (màn hình chính)</source>
        <translation> (main screen)</translation>
    </message>
</context>
</TS>
