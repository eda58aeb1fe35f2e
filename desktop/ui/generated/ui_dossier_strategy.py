# Generated from forms/dossier_strategy.ui by tools/build_forms.py (pyside6-uic). Do not edit: edit the form.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DossierStrategyPage(object):
    def setupUi(self, DossierStrategyPage):
        if not DossierStrategyPage.objectName():
            DossierStrategyPage.setObjectName(u"DossierStrategyPage")
        DossierStrategyPage.resize(900, 640)
        self.strategy_layout = QVBoxLayout(DossierStrategyPage)
        self.strategy_layout.setObjectName(u"strategy_layout")
        self.strategy_standard_label = QLabel(DossierStrategyPage)
        self.strategy_standard_label.setObjectName(u"strategy_standard_label")
        self.strategy_standard_label.setWordWrap(True)

        self.strategy_layout.addWidget(self.strategy_standard_label)

        self.profiles_group = QGroupBox(DossierStrategyPage)
        self.profiles_group.setObjectName(u"profiles_group")
        self.profiles_layout = QVBoxLayout(self.profiles_group)
        self.profiles_layout.setObjectName(u"profiles_layout")
        self.profiles_label = QLabel(self.profiles_group)
        self.profiles_label.setObjectName(u"profiles_label")
        self.profiles_label.setWordWrap(True)
        self.profiles_label.setTextFormat(Qt.RichText)

        self.profiles_layout.addWidget(self.profiles_label)

        self.profiles_buttons = QHBoxLayout()
        self.profiles_buttons.setObjectName(u"profiles_buttons")
        self.profiles_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.profiles_buttons.addItem(self.profiles_spacer)

        self.edit_people_button = QPushButton(self.profiles_group)
        self.edit_people_button.setObjectName(u"edit_people_button")

        self.profiles_buttons.addWidget(self.edit_people_button)


        self.profiles_layout.addLayout(self.profiles_buttons)


        self.strategy_layout.addWidget(self.profiles_group)

        self.strategy_form = QFormLayout()
        self.strategy_form.setObjectName(u"strategy_form")
        self.strategy_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.strategy_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.decision_analysis_edit_label = QLabel(DossierStrategyPage)
        self.decision_analysis_edit_label.setObjectName(u"decision_analysis_edit_label")

        self.strategy_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decision_analysis_edit_label)

        self.decision_analysis_edit = QPlainTextEdit(DossierStrategyPage)
        self.decision_analysis_edit.setObjectName(u"decision_analysis_edit")
        self.decision_analysis_edit.setTabChangesFocus(True)
        self.decision_analysis_edit.setMaximumSize(QSize(16777215, 60))

        self.strategy_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decision_analysis_edit)

        self.cooperation_model_combo_label = QLabel(DossierStrategyPage)
        self.cooperation_model_combo_label.setObjectName(u"cooperation_model_combo_label")

        self.strategy_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cooperation_model_combo_label)

        self.cooperation_model_combo = QComboBox(DossierStrategyPage)
        self.cooperation_model_combo.setObjectName(u"cooperation_model_combo")

        self.strategy_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cooperation_model_combo)

        self.model_content_edit_label = QLabel(DossierStrategyPage)
        self.model_content_edit_label.setObjectName(u"model_content_edit_label")

        self.strategy_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.model_content_edit_label)

        self.model_content_edit = QPlainTextEdit(DossierStrategyPage)
        self.model_content_edit.setObjectName(u"model_content_edit")
        self.model_content_edit.setTabChangesFocus(True)
        self.model_content_edit.setMaximumSize(QSize(16777215, 60))

        self.strategy_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.model_content_edit)

        self.common_interests_edit_label = QLabel(DossierStrategyPage)
        self.common_interests_edit_label.setObjectName(u"common_interests_edit_label")

        self.strategy_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.common_interests_edit_label)

        self.common_interests_edit = QPlainTextEdit(DossierStrategyPage)
        self.common_interests_edit.setObjectName(u"common_interests_edit")
        self.common_interests_edit.setTabChangesFocus(True)
        self.common_interests_edit.setMaximumSize(QSize(16777215, 60))

        self.strategy_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.common_interests_edit)


        self.strategy_layout.addLayout(self.strategy_form)

        self.bottom_lines_label = QLabel(DossierStrategyPage)
        self.bottom_lines_label.setObjectName(u"bottom_lines_label")

        self.strategy_layout.addWidget(self.bottom_lines_label)

        self.bottom_lines_table = QTableWidget(DossierStrategyPage)
        self.bottom_lines_table.setObjectName(u"bottom_lines_table")
        self.bottom_lines_table.setAlternatingRowColors(True)
        self.bottom_lines_table.setMaximumSize(QSize(16777215, 150))

        self.strategy_layout.addWidget(self.bottom_lines_table)

        self.bottom_line_buttons = QHBoxLayout()
        self.bottom_line_buttons.setObjectName(u"bottom_line_buttons")
        self.add_bottom_line_button = QPushButton(DossierStrategyPage)
        self.add_bottom_line_button.setObjectName(u"add_bottom_line_button")

        self.bottom_line_buttons.addWidget(self.add_bottom_line_button)

        self.remove_bottom_line_button = QPushButton(DossierStrategyPage)
        self.remove_bottom_line_button.setObjectName(u"remove_bottom_line_button")

        self.bottom_line_buttons.addWidget(self.remove_bottom_line_button)

        self.bottom_line_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_line_buttons.addItem(self.bottom_line_spacer)


        self.strategy_layout.addLayout(self.bottom_line_buttons)

        self.scripts_row = QHBoxLayout()
        self.scripts_row.setObjectName(u"scripts_row")
        self.dossier_scripts_group = QGroupBox(DossierStrategyPage)
        self.dossier_scripts_group.setObjectName(u"dossier_scripts_group")
        self.dossier_scripts_layout = QVBoxLayout(self.dossier_scripts_group)
        self.dossier_scripts_layout.setObjectName(u"dossier_scripts_layout")
        self.dossier_scripts_table = QTableWidget(self.dossier_scripts_group)
        self.dossier_scripts_table.setObjectName(u"dossier_scripts_table")
        self.dossier_scripts_table.setAlternatingRowColors(True)

        self.dossier_scripts_layout.addWidget(self.dossier_scripts_table)

        self.dossier_script_buttons = QHBoxLayout()
        self.dossier_script_buttons.setObjectName(u"dossier_script_buttons")
        self.add_script_button = QPushButton(self.dossier_scripts_group)
        self.add_script_button.setObjectName(u"add_script_button")

        self.dossier_script_buttons.addWidget(self.add_script_button)

        self.remove_script_button = QPushButton(self.dossier_scripts_group)
        self.remove_script_button.setObjectName(u"remove_script_button")

        self.dossier_script_buttons.addWidget(self.remove_script_button)

        self.improve_library_button = QPushButton(self.dossier_scripts_group)
        self.improve_library_button.setObjectName(u"improve_library_button")

        self.dossier_script_buttons.addWidget(self.improve_library_button)

        self.dossier_script_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dossier_script_buttons.addItem(self.dossier_script_spacer)


        self.dossier_scripts_layout.addLayout(self.dossier_script_buttons)


        self.scripts_row.addWidget(self.dossier_scripts_group)

        self.library_group = QGroupBox(DossierStrategyPage)
        self.library_group.setObjectName(u"library_group")
        self.library_layout = QVBoxLayout(self.library_group)
        self.library_layout.setObjectName(u"library_layout")
        self.library_search_row = QHBoxLayout()
        self.library_search_row.setObjectName(u"library_search_row")
        self.library_search_edit = QLineEdit(self.library_group)
        self.library_search_edit.setObjectName(u"library_search_edit")

        self.library_search_row.addWidget(self.library_search_edit)

        self.library_tag_combo = QComboBox(self.library_group)
        self.library_tag_combo.setObjectName(u"library_tag_combo")

        self.library_search_row.addWidget(self.library_tag_combo)


        self.library_layout.addLayout(self.library_search_row)

        self.library_table = QTableWidget(self.library_group)
        self.library_table.setObjectName(u"library_table")
        self.library_table.setAlternatingRowColors(True)

        self.library_layout.addWidget(self.library_table)

        self.library_buttons = QHBoxLayout()
        self.library_buttons.setObjectName(u"library_buttons")
        self.copy_script_button = QPushButton(self.library_group)
        self.copy_script_button.setObjectName(u"copy_script_button")

        self.library_buttons.addWidget(self.copy_script_button)

        self.library_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.library_buttons.addItem(self.library_spacer)


        self.library_layout.addLayout(self.library_buttons)


        self.scripts_row.addWidget(self.library_group)


        self.strategy_layout.addLayout(self.scripts_row)

        self.strategy_buttons = QHBoxLayout()
        self.strategy_buttons.setObjectName(u"strategy_buttons")
        self.strategy_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.strategy_buttons.addItem(self.strategy_spacer)

        self.save_strategy_button = QPushButton(DossierStrategyPage)
        self.save_strategy_button.setObjectName(u"save_strategy_button")

        self.strategy_buttons.addWidget(self.save_strategy_button)


        self.strategy_layout.addLayout(self.strategy_buttons)

#if QT_CONFIG(shortcut)
        self.decision_analysis_edit_label.setBuddy(self.decision_analysis_edit)
        self.cooperation_model_combo_label.setBuddy(self.cooperation_model_combo)
        self.model_content_edit_label.setBuddy(self.model_content_edit)
        self.common_interests_edit_label.setBuddy(self.common_interests_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DossierStrategyPage)

        QMetaObject.connectSlotsByName(DossierStrategyPage)
    # setupUi

    def retranslateUi(self, DossierStrategyPage):
        DossierStrategyPage.setWindowTitle(QCoreApplication.translate("DossierStrategyPage", u"Research strategy", None))
        self.strategy_standard_label.setText("")
        self.profiles_group.setTitle(QCoreApplication.translate("DossierStrategyPage", u"Decision-makers", None))
        self.profiles_label.setText("")
        self.edit_people_button.setText(QCoreApplication.translate("DossierStrategyPage", u"Edit key people\u2026", None))
        self.decision_analysis_edit_label.setText(QCoreApplication.translate("DossierStrategyPage", u"Decision-maker analysis", None))
        self.decision_analysis_edit.setPlaceholderText(QCoreApplication.translate("DossierStrategyPage", u"How they think, what they value", None))
        self.cooperation_model_combo_label.setText(QCoreApplication.translate("DossierStrategyPage", u"Cooperation model", None))
        self.model_content_edit_label.setText(QCoreApplication.translate("DossierStrategyPage", u"Model content", None))
        self.model_content_edit.setPlaceholderText(QCoreApplication.translate("DossierStrategyPage", u"For a win-win model: what is traded, prepared early", None))
        self.common_interests_edit_label.setText(QCoreApplication.translate("DossierStrategyPage", u"Common interests", None))
        self.bottom_lines_label.setText(QCoreApplication.translate("DossierStrategyPage", u"Bottom lines (the worst acceptable value of each negotiable item)", None))
        self.add_bottom_line_button.setText(QCoreApplication.translate("DossierStrategyPage", u"Add bottom line", None))
        self.remove_bottom_line_button.setText(QCoreApplication.translate("DossierStrategyPage", u"Remove bottom line", None))
        self.dossier_scripts_group.setTitle(QCoreApplication.translate("DossierStrategyPage", u"Scripts of this dossier", None))
        self.add_script_button.setText(QCoreApplication.translate("DossierStrategyPage", u"Add script", None))
        self.remove_script_button.setText(QCoreApplication.translate("DossierStrategyPage", u"Remove script", None))
        self.improve_library_button.setText(QCoreApplication.translate("DossierStrategyPage", u"Improve the library from this", None))
        self.library_group.setTitle(QCoreApplication.translate("DossierStrategyPage", u"Script library (\u8bdd\u672f\u5e93)", None))
        self.library_search_edit.setPlaceholderText(QCoreApplication.translate("DossierStrategyPage", u"Search situations, scripts, tags or pinyin", None))
        self.copy_script_button.setText(QCoreApplication.translate("DossierStrategyPage", u"Copy into this dossier", None))
        self.save_strategy_button.setText(QCoreApplication.translate("DossierStrategyPage", u"Save strategy", None))
    # retranslateUi

