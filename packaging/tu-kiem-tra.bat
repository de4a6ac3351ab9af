@echo off
rem rcv: kiem tra may truoc gio dien (self-test). Nhap dup de chay.
chcp 65001 >nul
cd /d "%~dp0"
rcv-cli.exe self-test
echo.
pause
