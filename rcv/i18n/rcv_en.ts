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
    <name>ChangesScene</name>
    <message>
        <source>CỨU TRỢ</source>
        <translation>RESCUE</translation>
    </message>
    <message>
        <source>RỜI SÀN THI ĐẤU</source>
        <translation>LEAVING THE FLOOR</translation>
    </message>
    <message>
        <source>Vòng cứu trợ: các thí sinh đã rời sàn có cơ hội trở lại</source>
        <translation>Rescue round: contestants who left the floor get a chance to return</translation>
    </message>
    <message>
        <source>Không thí sinh nào phải rời sàn</source>
        <translation>No contestant has to leave the floor</translation>
    </message>
    <message>
        <source>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/font&gt; thí sinh trở lại sàn thi đấu</source>
        <translation>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/font&gt; contestants return to the floor</translation>
    </message>
    <message>
        <source>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/font&gt; thí sinh chia tay sàn thi đấu</source>
        <translation>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/font&gt; contestants say goodbye to the floor</translation>
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
        <source>Theo chương trình (bỏ màn đen/logo)</source>
        <translation>Follow the show (leave black screen/logo)</translation>
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
        <source>&lt;span style=&apos;color:#58a6ff&apos;&gt;■&lt;/span&gt; đã trả lời &lt;span style=&apos;color:#3fb950&apos;&gt;■&lt;/span&gt; đúng &lt;span style=&apos;color:#f85149&apos;&gt;■&lt;/span&gt; sai &lt;span style=&apos;color:#d29922&apos;&gt;■&lt;/span&gt; không trả lời &lt;span style=&apos;color:#ffd33d&apos;&gt;◥&lt;/span&gt; sửa tay &lt;span style=&apos;color:#ff8c1a&apos;&gt;◣&lt;/span&gt; bấm bị từ chối &lt;span style=&apos;color:#4b5262&apos;&gt;■&lt;/span&gt; đã loại</source>
        <translation>&lt;span style=&apos;color:#58a6ff&apos;&gt;■&lt;/span&gt; answered &lt;span style=&apos;color:#3fb950&apos;&gt;■&lt;/span&gt; right &lt;span style=&apos;color:#f85149&apos;&gt;■&lt;/span&gt; wrong &lt;span style=&apos;color:#d29922&apos;&gt;■&lt;/span&gt; no answer &lt;span style=&apos;color:#ffd33d&apos;&gt;◥&lt;/span&gt; set by hand &lt;span style=&apos;color:#ff8c1a&apos;&gt;◣&lt;/span&gt; press refused &lt;span style=&apos;color:#4b5262&apos;&gt;■&lt;/span&gt; eliminated</translation>
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
        <source>Đang gõ chữ: phím tắt tạm tắt — Esc để trở lại điều khiển</source>
        <translation>Typing: shortcuts are off — Esc returns to the controls</translation>
    </message>
    <message>
        <source>Space: bước tiếp theo</source>
        <translation>Space: next step</translation>
    </message>
    <message>
        <source>Bước tiếp theo (nút lớn)</source>
        <translation>Next step (the big button)</translation>
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
        <source>Hoàn tác (hỏi lại, nói rõ sẽ hoàn tác gì)</source>
        <translation>Undo (asks first, saying what will be undone)</translation>
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
        <source>Màn chiếu: màn đen / logo / sàn thi đấu (bấm lại để trở về)</source>
        <translation>Projector: black screen / logo / floor (press again to go back)</translation>
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
        <translation>Change the answer, eliminate or bring a contestant back</translation>
    </message>
    <message>
        <source>Mũi tên, Enter</source>
        <translation>Arrows, Enter</translation>
    </message>
    <message>
        <source>Chọn ghế trên lưới, mở ghế</source>
        <translation>Move between seats on the grid, open a seat</translation>
    </message>
    <message>
        <source>Hiện / ẩn cửa sổ màn chiếu</source>
        <translation>Show / hide the projector window</translation>
    </message>
    <message>
        <source>Sự kiện mới / mở sự kiện</source>
        <translation>New event / open event</translation>
    </message>
    <message>
        <source>Phím tắt không chạy khi đang gõ chữ.</source>
        <translation>Shortcuts do not work while typing text.</translation>
    </message>
    <message>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
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
    <name>Countdown</name>
    <message>
        <source>HẾT GIỜ</source>
        <translation>TIME&apos;S UP</translation>
    </message>
    <message>
        <source>giây</source>
        <translation>seconds</translation>
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
    <name>FinalScene</name>
    <message>
        <source>CÂU HỎI CHUÔNG VÀNG</source>
        <translation>GOLDEN BELL QUESTION</translation>
    </message>
    <message>
        <source>&lt;font color=&quot;%1&quot;&gt;Ghế %2&lt;/font&gt; · &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;font color=&quot;%1&quot;&gt;Seat %2&lt;/font&gt; · &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>FloorScene</name>
    <message>
        <source>SÀN THI ĐẤU</source>
        <translation>THE FLOOR</translation>
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
        <source>Nguồn: </source>
        <translation>Source: </translation>
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
        <source>Đã lưu cấu hình bộ thu.</source>
        <translation>Receiver configuration saved.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Còn trên sàn: &lt;b&gt;&lt;font color=&quot;%1&quot;&gt;%2&lt;/font&gt;&lt;/b&gt;/%3</source>
        <translation>On the floor: &lt;b&gt;&lt;font color=&quot;%1&quot;&gt;%2&lt;/font&gt;&lt;/b&gt;/%3</translation>
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
    <name>Language</name>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>LogoScene</name>
    <message>
        <source>RUNG CHUÔNG VÀNG</source>
        <translation>RING THE GOLDEN BELL</translation>
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
    <name>PausedScene</name>
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
        <translation>Time left: &lt;b&gt;&lt;font color=&quot;%1&quot;&gt;%2&lt;/font&gt;&lt;/b&gt; seconds</translation>
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
        <source>Space: bước tiếp theo</source>
        <translation>Space: next step</translation>
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
        <source>Đang tính giờ…</source>
        <translation>Timing…</translation>
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
    <name>ProjectorWindow</name>
    <message>
        <source>Rung chuông vàng — màn chiếu</source>
        <translation>Ring the Golden Bell — projector</translation>
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
        <source>Đáp án: </source>
        <translation>Answer: </translation>
    </message>
    <message>
        <source>Giải thích: </source>
        <translation>Explanation: </translation>
    </message>
</context>
<context>
    <name>QuestionScene</name>
    <message>
        <source>CÂU HỎI CHUÔNG VÀNG</source>
        <translation>GOLDEN BELL QUESTION</translation>
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
        <translation>&lt;font color=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/font&gt;&lt;br&gt;right answers&lt;br&gt;out of %3</translation>
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
</context>
<context>
    <name>RankingScene</name>
    <message>
        <source>KẾT QUẢ CHUNG CUỘC</source>
        <translation>FINAL RESULTS</translation>
    </message>
    <message>
        <source>ghế %1</source>
        <translation>seat %1</translation>
    </message>
    <message>
        <source>Mã xác thực kết quả</source>
        <translation>Results verification code</translation>
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
        <source>Được cứu trợ sau câu</source>
        <translation>Rescue allowed after question</translation>
    </message>
    <message>
        <source>…hoặc khi còn ít hơn (người)</source>
        <translation>…or when fewer than this many remain</translation>
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
    <name>SeatSearch</name>
    <message>
        <source>Tìm ghế, SBD hoặc tên — Enter để mở ghế</source>
        <translation>Find a seat, candidate number or name — Enter opens the seat</translation>
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
        <source>Kết thúc chương trình</source>
        <translation>End the show</translation>
    </message>
    <message>
        <source>Kết thúc chương trình bây giờ? Sau đó không thể hỏi thêm câu nào.</source>
        <translation>End the show now? No more questions can be asked after that.</translation>
    </message>
    <message>
        <source>MC kết thúc chương trình</source>
        <translation>The MC ended the show</translation>
    </message>
    <message>
        <source>đồng hạng ở ranh giới giải thưởng</source>
        <translation>tied at a prize boundary</translation>
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
    <name>TiebreakScene</name>
    <message>
        <source>CÂU HỎI PHỤ</source>
        <translation>TIEBREAK QUESTION</translation>
    </message>
    <message>
        <source>Các thí sinh bằng điểm trả lời thêm để phân định thứ hạng</source>
        <translation>Tied contestants answer more questions to decide the ranking</translation>
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
    <name>WelcomeScene</name>
    <message>
        <source>RUNG CHUÔNG VÀNG</source>
        <translation>RING THE GOLDEN BELL</translation>
    </message>
    <message>
        <source>Chào mừng &lt;b&gt;&lt;font color=&quot;%1&quot;&gt;%2&lt;/font&gt;&lt;/b&gt; thí sinh bước vào sàn thi đấu!</source>
        <translation>Welcome to the &lt;b&gt;&lt;font color=&quot;%1&quot;&gt;%2&lt;/font&gt;&lt;/b&gt; contestants stepping onto the floor!</translation>
    </message>
</context>
<context>
    <name>WinnerScene</name>
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
        <translation>The contestant who conquered the final question</translation>
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
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;font color=&quot;%2&quot;&gt;· ghế %3&lt;/font&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;font color=&quot;%2&quot;&gt;· seat %3&lt;/font&gt;</translation>
    </message>
</context>
<context>
    <name>Words</name>
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
        <translation>timing</translation>
    </message>
    <message>
        <source>hết giờ</source>
        <translation>time&apos;s up</translation>
    </message>
    <message>
        <source>đã công bố đáp án</source>
        <translation>answer revealed</translation>
    </message>
    <message>
        <source>đã xử lý loại</source>
        <translation>eliminations settled</translation>
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
        <translation>tiebreak round</translation>
    </message>
    <message>
        <source>vòng chuông vàng</source>
        <translation>golden bell round</translation>
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
        <translation>Tiebreak question {n}</translation>
    </message>
    <message>
        <source>Câu hỏi chuông vàng {n}</source>
        <translation>Golden bell question {n}</translation>
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
        <translation>eliminations</translation>
    </message>
    <message>
        <source>sàn thi đấu</source>
        <translation>the floor</translation>
    </message>
    <message>
        <source>cứu trợ</source>
        <translation>rescue</translation>
    </message>
    <message>
        <source>câu hỏi phụ</source>
        <translation>tiebreak question</translation>
    </message>
    <message>
        <source>câu hỏi chuông vàng</source>
        <translation>golden bell question</translation>
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
        <source>Tất cả thí sinh bị loại trở lại</source>
        <translation>All eliminated contestants return</translation>
    </message>
    <message>
        <source>Các ghế do ban tổ chức chọn</source>
        <translation>Seats chosen by the organisers</translation>
    </message>
    <message>
        <source>Những thí sinh có thành tích tốt nhất</source>
        <translation>The contestants with the best record</translation>
    </message>
    <message>
        <source>Câu hỏi cứu trợ</source>
        <translation>Rescue question</translation>
    </message>
    <message>
        <source>Không ai bị loại</source>
        <translation>Nobody is eliminated</translation>
    </message>
    <message>
        <source>Loại tất cả (có thể cứu trợ)</source>
        <translation>Eliminate everyone (a rescue may follow)</translation>
    </message>
    <message>
        <source>Loại tất cả, xếp hạng bằng câu hỏi phụ</source>
        <translation>Eliminate everyone, rank them with a tiebreak question</translation>
    </message>
    <message>
        <source>Lần bấm đầu tiên được tính</source>
        <translation>The first press counts</translation>
    </message>
    <message>
        <source>Lần bấm cuối cùng trước khi hết giờ được tính</source>
        <translation>The last press before time is up counts</translation>
    </message>
    <message>
        <source>Tất cả cùng thắng</source>
        <translation>All of them win</translation>
    </message>
    <message>
        <source>Câu hỏi phụ tìm người thắng</source>
        <translation>A tiebreak question finds the winner</translation>
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
</context>
<context>
    <name>screens</name>
    <message>
        <source> (màn hình chính)</source>
        <translation> (main screen)</translation>
    </message>
</context>
</TS>
